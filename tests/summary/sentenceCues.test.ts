import { describe, expect, it } from "vitest";
import { datedToAYear, saysWhatIsAtStake } from "../../src/summary/sentenceCues.js";

describe("saysWhatIsAtStake: what the story's news may cost someone", () => {
  it.each([
    '"Any transaction of this sort would implicate a number of the sanctions that we have on the books," Price said.',
    "The state is seeking a civil penalty of $4.6 million, Ebersole said.",
    "The regulator imposed a $2 million fine on the bank.",
    "Separately, 54 households filed a lawsuit against the company on Tuesday.",
    "If convicted, he faces up to 20 years in prison.",
    "Korver, 54, faces a possible lifetime ban.",
    "The county could face a lawsuit from the union.",
    "The agency issued an emergency order capping speeds at 25 mph.",
    "The chief operating officer was placed on administrative leave.",
    "The coalition will collect signatures to force a referendum on the deal.",
    "The AIU charged her coach, Ansel Korver, with possession of prohibited substances.",
    "The bank was fined £20 million by the regulator.",
    "He was indicted on Tuesday.",
    "She was sentenced to eight years.",
    "The sprinter was banned for four years.",
    "Residents are suing the city.",
    "Families filed a class-action lawsuit in federal court.",
    "A lawsuit was filed on Friday.",
    "The firm was ordered to pay $3 million in damages.",
    "Officials could face criminal charges.",
    "He was jailed for six years.",
    "Two men have been charged.",
    "The striker was convicted of assault in 2021.",
    "She pleaded guilty to fraud.",
    "The union threatened to sue the club.",
    "He could be jailed for life.",
    "The midfielder was suspended for three matches.",
    "The captain was handed a three-match ban.",
    "The bank agreed to pay $3 billion to settle the claims.",
    "The mayor was ordered to repay $40,000.",
    "The lawsuit seeks $5 million in damages.",
    "Delaney is charged with first-degree murder.",
  ])("GIVEN %j THEN it says what is at stake", (sentence) => {
    expect(saysWhatIsAtStake(sentence)).toBe(true);
  });

  it.each([
    "Castlegate's reply came from a penalty and a try by the No 8.",
    "Mr Ashby, who was fined in October for criticising a referee, said he would appeal to the union.",
    '"We\'re going to keep hearing limbs come down all night."',
    "She faced the crowd and thanked them.",
    "The charger was fine, the engineer said.",
    "Wexmoor will face Arsenal in the semi-final.",
    "Commuters will face delays all week.",
    "The team faces 3 games in eight days.",
    "Fans charged onto the pitch with flares.",
    "The phone is charged in 20 minutes with the new cable.",
    "Scotland held an independence referendum in 2014.",
    "The rain would trigger flooding downstream.",
    "Cars are banned from the city centre on Sundays.",
    "Ashby, who had been banned for two years in 2019, said the decision was wrong.",
    "The rebels are suing for peace.",
    "Diners are ordered to pay at the counter.",
    "Commuters face up to two hours of delays.",
    "The region faces up to 20 centimetres of snow.",
    "The reef faces life-threatening heat.",
    "The courtroom was charged with emotion.",
    "The president charged a panel with reviewing the rules.",
    "The battery is charged with a USB-C cable.",
    "The club faces a banner year.",
  ])("GIVEN %j THEN nothing is at stake in it", (sentence) => {
    expect(saysWhatIsAtStake(sentence)).toBe(false);
  });
});

describe("datedToAYear: a sentence that puts what it tells in a year of its own", () => {
  it.each([
    "Obi was jailed in 2016 for assault.",
    "Ruiz was fined £400 in March 2019 for sailing without lights.",
    "The club was banned from the league in mid-2014.",
    "The firm settled a similar lawsuit in early 2021.",
  ])("GIVEN %j THEN it is dated to a year", (sentence) => {
    expect(datedToAYear(sentence)).toBe(true);
  });

  it.each([
    "If convicted, Obi faces up to 20 years in prison.",
    "The club is banned from the league until 2030.",
    "The 2019 fine was never paid.",
    "She was fined £400 on Tuesday.",
  ])("GIVEN %j THEN it is not", (sentence) => {
    expect(datedToAYear(sentence)).toBe(false);
  });
});
