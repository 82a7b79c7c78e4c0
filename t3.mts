import { findQuoteSpans } from "./src/statements/quoteSpans.js";
import { maskQuotes } from "./src/statements/maskedText.js";
import { reportedSpeech } from "./src/statements/reportedSpeech.js";
const t = `The Ozark Electric Cooperative approved a $2 million assistance program for low-income customers, known as "Winter Ready for Everyone," its board said Tuesday.`;
const q = findQuoteSpans(t); console.log(q);
const m = maskQuotes(t, q); console.log(m);
console.log(JSON.stringify(reportedSpeech(m)));
