"""Speaker accuracy on made-up probes written as held-out checks for the quote extractor's rules.

Set 1 (30 probes, crisis wire style) was written mid-session at ec981de and scored before any rule
looked at it: 23/30 there, 18/30 at 709850c; three of its seven failures were then fixed (29c88c0
and after), so it is no longer held out. Set 2 (30 probes, crisis and campaign) was written before
the session's last merges and never used to tune: 27/30 at the session end, 26/30 at 709850c.
Sets 3 and 4 (40 probes each, same mix: crisis, campaigns, courts, business, sport, disasters,
ordinary people) were written together by a helper who had read neither the extractor's code, its
tests nor its docs. Two probes of each set quote over two paragraphs; their expected lists were
changed to the project's convention (one quote per paragraph) before any further scoring. At c68bbad
set 3 scored 35/40 and set 4 33/40. Set 3's failures were then given to a fixer, so set 3 is no
longer held out; set 4's failures were not read. Set 5 (60 probes, US campaign coverage in several
outlets' registers, the PolNeAR domain) was written blind the same way and scored 45/60 at 8e54b9d;
its failures went to fixers. Set 6 (60 probes, US public-affairs coverage) was written blind by
another helper who saw no other set than 1 and 2, while set 5 was being fixed; it scored 53/60 at
6935c7d and its failures are not read: the held-out set of record.
A probe is right when the speakers of its quotes, in order, equal the expected list exactly.

Usage: python benchmarks/fresh_probes.py [--set 1|2|3|4|5|6] [-v]
"""

from __future__ import annotations

import argparse
import sys

from quotestance.quotes import extract

SET_1 = [
    ("“The corridor will stay open,” said Lorn’s interior minister, Kaspar Voll.", ["Kaspar Voll"]),
    ("Deputy Foreign Minister Irena Salo told the Norpress agency that the talks had “stalled.”", ["Irena Salo"]),
    ("“We reject the ultimatum,” the Veldorian presidency said in a statement, according to state media.", ["Veldorian presidency"]),
    ("Halden has said it is prepared to “respond decisively” to any incursion.", ["Halden"]),
    ("“No one wants a war,” Mira Toft, the alliance’s spokeswoman, told reporters.", ["Mira Toft"]),
    ("Moscow said the exercises were “routine.”", ["Russia"]),
    ("The ministry, in a statement posted online, called the report “fabricated.”", ["ministry"]),
    ("“This is a provocation,” a senior Lornish military officer said on condition of anonymity.", ["senior Lornish military officer"]),
    ("Prime Minister Ada Kessel spoke first. “We are not afraid,” she said. “We are ready.”", ["Ada Kessel", "Ada Kessel"]),
    ("“We will defend every inch,” Defence Minister Pavel Ruud said. His deputy, Ines Kaar, added: “The line holds.”", ["Pavel Ruud", "Ines Kaar"]),
    ("According to the Norpress agency, Foreign Minister Irena Salo said the offer was “insulting.”", ["Irena Salo"]),
    ("“The border is closed,” Kaspar Voll was quoted as saying by Lorn Radio.", ["Kaspar Voll"]),
    ("Villagers reached by telephone said the shelling had “not stopped all night.”", ["Villagers reached by telephone"]),
    ("“We have nothing left,” said one woman, who gave only her first name, Anya.", ["Anya"]),
    ("The council’s president, Ada Kessel, said: “The vote will go ahead.”", ["Ada Kessel"]),
    ("“It is over,” the general told his troops, according to a recording aired by Lorn TV.", ["general"]),
    ("Ines Kaar, the deputy defence minister, called the strikes “a war crime.”", ["Ines Kaar"]),
    ("“We are watching,” a spokesman for the Norland embassy in Halden, Tomas Berg, said.", ["Tomas Berg"]),
    ("Lorn’s foreign ministry summoned the ambassador. “This cannot stand,” it said.", ["Lorn’s foreign ministry"]),
    ("Kaspar Voll, asked whether talks would resume, said: “Not this week.”", ["Kaspar Voll"]),
    ("“We will not be intimidated,” Voll, 61, said at a briefing.", ["Voll"]),
    ("The rebels’ commander, known as Falk, said his men were “ready to die.”", ["Falk"]),
    ("“Sanctions will follow,” European Commission President Lena Ohm warned.", ["Lena Ohm"]),
    ("Ohm later tweeted that the bloc stood “shoulder to shoulder” with Lorn.", ["Ohm"]),
    ("“We did not start this,” President Tomas Reyna said in a televised address. “But we will end it.”", ["Tomas Reyna", "Tomas Reyna"]),
    ("Two Norland diplomats, speaking on condition of anonymity, said the plan was “dead.”", ["Two Norland diplomats"]),
    ("The statement from the Lornish presidency read: “The capital is calm.”", ["Lornish presidency"]),
    ("“Stay indoors,” the city’s mayor, Olga Brandt, urged residents on Sunday.", ["Olga Brandt"]),
    ("Olga Brandt, the mayor, said the city had “enough food for a week.”", ["Olga Brandt"]),
    ("“Peace is possible,” Pope Anselm told pilgrims, “but only with courage.”", ["Anselm"]),
]

SET_2 = [
    ("“We are not going anywhere,” Governor Rosa Lind said Tuesday.", ["Rosa Lind"]),
    ("“The numbers don’t lie,” Lind’s campaign manager, Theo Marsh, told reporters.", ["Theo Marsh"]),
    ("Senator Paul Everly called the bill “a disgrace.” “It is theft,” he added.", ["Paul Everly", "Paul Everly"]),
    ("“Let me be clear,” Everly said. “We will vote no.”", ["Everly", "Everly"]),
    ("The mayor, Dana Koss, dismissed the report as “fiction.”", ["Dana Koss"]),
    ("Asked about the strikes, Koss said: “I have nothing to add.”", ["Koss"]),
    ("“This is a dark day,” said Eli Baum, a union leader in Halden.", ["Eli Baum"]),
    ("A spokesman for the Halden police, Lt. Ivo Sand, said the march was “peaceful.”", ["Ivo Sand"]),
    ("“Nobody was hurt,” Sand said.", ["Sand"]),
    ("The Norland navy said in a statement that its ships were “shadowing” the convoy.", ["Norland navy"]),
    ("“We remain vigilant,” it added.", ["it"]),
    ("Foreign Minister Aino Pelt met her counterpart. “The dialogue continues,” Pelt told the press afterwards.", ["Aino Pelt"]),
    ("According to Pelt, the two sides agreed on “concrete next steps.”", ["Pelt"]),
    ("“Concrete next steps,” she repeated, smiling.", ["she"]),
    ("Critics have called the plan “reckless and cruel.”", ["Critics"]),
    ("“It’s a betrayal,” said Mara Holt, 34, a nurse from Lorn.", ["Mara Holt"]),
    ("Holt’s husband, Jon, said simply: “We are scared.”", ["Jon"]),
    ("“We have asked for calm,” the Lornish interior ministry said on its website.", ["Lornish interior ministry"]),
    ("President Ilse Brenner told parliament that the crisis was “the gravest in decades.”", ["Ilse Brenner"]),
    ("“The gravest in decades,” Brenner repeated later.", ["Brenner"]),
    ("The opposition leader, Karl Wend, accused Brenner of “sleepwalking into war.”", ["Karl Wend"]),
    ("“She has no plan,” Wend said.", ["Wend"]),
    ("“I never said that,” Brenner shot back.", ["Brenner"]),
    ("State broadcaster NTV quoted army chief Gen. Otto Kell as saying the front was “stable.”", ["Otto Kell"]),
    ("“Stable,” Kell said, “but not secure.”", ["Kell", "Kell"]),
    ("A witness, who asked not to be named, said she heard “three loud blasts.”", ["witness"]),
    ("“We ran,” another resident said.", ["another resident"]),
    ("Officials at the Halden port said shipments would resume “within days.”", ["Officials at the Halden port"]),
    ("In an interview with Lorn Radio, Wend said Brenner should “resign today.”", ["Wend"]),
    ("“Today,” Wend insisted.", ["Wend"]),
]


SET_3 = [
    ("“The ceasefire is holding for now,” Norland’s foreign minister, Edda Vik, said on Thursday.", ["Edda Vik"]),
    ("Senator Miriam Oakes shared the stage with her rival, Hugo Brann, on Tuesday night. “I have never taken a cent from lobbyists,” he said.", ["Hugo Brann"]),
    ("Judge Tessa Holm told the defendant he had shown “not a flicker of remorse” before sentencing him to nine years.", ["Tessa Holm"]),
    ("“Demand is softening,” Lise Moor, chief executive of Carrow Foods, told analysts on a call. “We expect a difficult second half.”", ["Lise Moor", "Lise Moor"]),
    ("Veldoria coach Ruben Aal was in no mood to celebrate after the 1-0 win. “We were lucky and everyone knows it,” the 58-year-old said.", ["Ruben Aal"]),
    ("“The water was up to the windows in ten minutes,” said Pieter Lund, 71, who has farmed near the Halden river all his life.", ["Pieter Lund"]),
    ("The so-called “shadow fleet” of ageing tankers has continued to sail through the strait despite the new rules.", []),
    ("“Nobody will be allowed to cross until the bridge is inspected,” Colonel Arvid Mott was quoted as saying by the Norpress agency.", ["Arvid Mott"]),
    ("The new tariff schedule is “a declaration of economic war,” according to Veldoria’s trade minister, Sabine Kroll.", ["Sabine Kroll"]),
    ("“There is no wider threat to the public,” a police spokeswoman said, adding that a 34-year-old man had been arrested at the scene.", ["police spokeswoman"]),
    ("Mayor Olga Brandt said: \"We will rebuild every school and every bridge.\n\n\"It will take years, and it will cost more than anyone has admitted so far.\"", ["Olga Brandt", "Olga Brandt"]),
    ("The Halden Football Association opened an inquiry into the brawl on Monday. It said the scenes had been “unacceptable at any level of the game.”", ["Halden Football Association"]),
    ("Asked whether she would stand again, Governor Rosa Lind smiled. “Why would I stop now?” she said.", ["Rosa Lind"]),
    ("The Lorn Times, citing court filings, reported that businessman Otto Prell had described the payments as “consulting fees.”", ["Otto Prell"]),
    ("“We will appeal,” said Marit Sund, the defence lawyer. The prosecutor, Jakob Ehn, told reporters he was “satisfied with the verdict.”", ["Marit Sund", "Jakob Ehn"]),
    ("Lena Ohm’s memoir, “The Quiet Years,” is published next week. “I wrote it for my daughters,” she told the Halden Courier.", ["Lena Ohm"]),
    ("Marsh tweeted that the poll was “garbage” and urged supporters to ignore it.", ["Marsh"]),
    ("A Western diplomat, who spoke on condition of anonymity because the talks were confidential, said the draft was “dead on arrival.”", ["Western diplomat"]),
    ("“Who is going to pay for all of this?” asked Karl Wend, the leader of the opposition Civic Party.", ["Karl Wend"]),
    ("Carrow Foods’ finance chief, Nils Aberg, struck a cautious note.\n\n“We are not assuming any recovery before next spring,” he said.", ["Nils Aberg"]),
    ("Prime Minister Ada Kessel declined to comment on the leaked memo. Her spokesman, Rolf Abt, said only that the matter was “closed.”", ["Rolf Abt"]),
    ("In a statement, Norvik Air said: “All flights to Halden are suspended until further notice.”", ["Norvik Air"]),
    ("\"I voted for him twice,\" said Greta Holm, a retired teacher in Lorn. \"Never again.\"", ["Greta Holm", "Greta Holm"]),
    ("In a letter to staff on Friday, the university’s rector, Dr. Mina Oort, wrote that the cuts were “painful but unavoidable.”", ["Mina Oort"]),
    ("Defence Minister Pavel Ruud and his Norland counterpart, Ines Kaar, met for two hours in Halden. Afterwards, she told reporters the meeting had been “frank.”", ["Ines Kaar"]),
    ("“If the dam fails, the lower town will flood within the hour,” warned Hilde Sorn, the regional emergency coordinator.", ["Hilde Sorn"]),
    ("The documentary “Nobody Left Behind,” about the evacuation of Port Elm, won the jury prize at the Halden film festival on Saturday.", []),
    ("Striker Tomas Ferro scored twice. “The first one was for my father,” Ferro said.", ["Tomas Ferro"]),
    ("\"We are running out of insulin,\" Dr. Anika Brule told Lorn Radio from the besieged hospital.", ["Anika Brule"]),
    ("Residents and shopkeepers said the power had been out for “four days and counting.”", ["Residents and shopkeepers"]),
    ("Candidate Ivo Rask accused the governor of “hiding the numbers.” “I have hidden nothing,” Governor Rosa Lind insisted.", ["Ivo Rask", "Rosa Lind"]),
    ("Interior Minister Kaspar Voll said the curfew would remain “for as long as necessary” but did not say when it might be lifted.", ["Kaspar Voll"]),
    ("According to a person familiar with the negotiations, the Norland offer was “final and non-negotiable.”", ["person familiar with the negotiations"]),
    ("\"My client is innocent and will be vindicated,\" said Paul Dreyer, a lawyer for the former minister.", ["Paul Dreyer"]),
    ("Ada Kessel’s reply to the ultimatum was blunt: “We do not negotiate at gunpoint.”", ["Ada Kessel"]),
    ("The Lornish central bank held rates at 4 percent. Its governor, Erik Thal, said inflation was “moving in the right direction.”", ["Erik Thal"]),
    ("\"It was chaos,\" said Hanna Vey, a nurse at the city hospital. Her colleague Jonas Rieck added: \"We treated people in the corridors.\"", ["Hanna Vey", "Jonas Rieck"]),
    ("The town’s “miracle” recovery has stalled. “Half the shops on this street are still empty,” said Tarek Amsel, who runs a bakery near the square.", ["Tarek Amsel"]),
    ("State television quoted Gen. Rune Falck as saying his forces had “pushed the enemy back across the river.”", ["Rune Falck"]),
    ("“We knew the storm was coming,” said Fire Chief Leon Marr. “We did not know it would be this bad.\n\n“Some of my crews have not slept since Friday.”", ["Leon Marr", "Leon Marr", "Leon Marr"]),
]

SET_4 = [
    ("Norland’s defence ministry said in a statement: “Our aircraft did not enter Lornish airspace.”", ["Norland’s defence ministry"]),
    ("“I am running because this city deserves better,” Clara Wendt told supporters in Halden. The 46-year-old, a former prosecutor, added that she would “clean house.”", ["Clara Wendt", "Clara Wendt"]),
    ("The defendant, Marius Kell, told the jury he had been “nowhere near” the warehouse that night.", ["Marius Kell"]),
    ("Analysts at Brightwater Capital called the quarterly results “a mixed bag at best.”", ["Analysts at Brightwater Capital"]),
    ("Halden captain Sofie Lang and coach Bram Eck faced the press after the final. “We gave everything,” Eck said. “It was not enough.”", ["Bram Eck", "Bram Eck"]),
    ("“We are still hearing voices under the rubble,” a rescue worker told the Norpress agency on Wednesday.", ["rescue worker"]),
    ("The \"Cauldron,\" as the old stadium is known, will be demolished next year.", []),
    ("Lorn Radio quoted Deputy Mayor Felix Aune as saying the evacuation was “going to plan.”", ["Felix Aune"]),
    ("According to Finance Minister Jonas Breel, the budget gap is “manageable.”", ["Jonas Breel"]),
    ("“We believe the victim knew her attacker,” Detective Inspector Sven Olde told a news conference.", ["Sven Olde"]),
    ("In his resignation letter, Hans Teller wrote: “I can no longer serve a government that ignores its own experts.\n\n“I leave with sadness, but with a clear conscience.”", ["Hans Teller", "Hans Teller"]),
    ("The Veldorian Red Cross said 40 people were missing. It called the situation “critical.”", ["Veldorian Red Cross"]),
    ("A reporter asked whether the president would resign. “Absolutely not,” replied presidential spokesman Dario Venn.", ["Dario Venn"]),
    ("The Halden Courier, citing three officials, reported that Prime Minister Ada Kessel had privately called the deal “a humiliation.”", ["Ada Kessel"]),
    ("\"This is a historic day,\" said union leader Eli Baum. Management took a different view. \"The strike achieved nothing,\" said Vera Lunde, the company’s human resources director.", ["Eli Baum", "Vera Lunde"]),
    ("Former spy chief Anton Rees, whose memoir “Quiet Men” caused a storm last year, said the agency had been “blind for a decade.”", ["Anton Rees"]),
    ("Energy Minister Petra Solberg was in Halden on Monday. Later, Solberg wrote on social media that the pipeline was “safe and fully operational.”", ["Petra Solberg"]),
    ("A senior Veldorian official, speaking on condition of anonymity, said the convoy had been “deliberately targeted.”", ["senior Veldorian official"]),
    ("“This is not over,” said the Lornish opposition leader, Karl Sten.", ["Karl Sten"]),
    ("Nora Brix, the head of the dockworkers’ union, met port director Henrik Olm on Friday.\n\n“We got nothing, not even an apology,” she said afterwards.", ["Nora Brix"]),
    ("The ministry did not say who had fired first. “An investigation is under way,” it said.", ["ministry"]),
    ("A spokesperson for Norvik Air said the airline was “cooperating fully” with investigators.", ["spokesperson for Norvik Air"]),
    ("“My children have not been to school since March,” said a mother of three, who gave her name only as Leila.", ["Leila"]),
    ("Writing in the Lorn Times, former president Tomas Reyna argued that the sanctions had “failed on every count.”", ["Tomas Reyna"]),
    ("Governor Rosa Lind praised the sheriff, Dale Moss, for his handling of the standoff. “I did my job, nothing more,” he said.", ["Dale Moss"]),
    ("Meteorologist Kari Elm warned that the storm would be “the worst in a generation.”", ["Kari Elm"]),
    ("The national anthem, “Rise, Veldoria,” was played twice before kickoff because of a technical fault.", []),
    ("Police Chief Marta Rehn said the suspect had been “heavily armed.” “He fired at my officers first,” Rehn said.", ["Marta Rehn", "Marta Rehn"]),
    ("\"We are not afraid of them,\" Ilse Varga, 52, told the Halden Courier as she queued for bread.", ["Ilse Varga"]),
    ("Villagers near the border said they had heard \"constant shelling\" through the night.", ["Villagers near the border"]),
    ("Opposition leader Karl Wend called the budget “a fantasy.” Finance Minister Jonas Breel insisted it was “fully costed.”", ["Karl Wend", "Jonas Breel"]),
    ("The company said the plant would close “in the coming months” but did not say how many jobs would be lost.", ["company"]),
    ("Engineers at the Drava dam said the structure was “holding, for now.”", ["Engineers at the Drava dam"]),
    ("\"You betrayed the trust of every patient in your care,\" Judge Hanna Riis told the former surgeon.", ["Hanna Riis"]),
    ("A reporter asked: “Will you resign?” “Never,” Prime Minister Ada Kessel replied.", ["reporter", "Ada Kessel"]),
    ("Norvik Air spokeswoman Dita Vance said the engine fault had been “detected early.”", ["Dita Vance"]),
    ("“We lost our house, our car, everything,” said Arne Falk, 44. His wife, Birgit, added: “But we are alive.”", ["Arne Falk", "Birgit"]),
    ("Norland’s “golden generation” has now gone 12 years without a trophy. “We have to stop talking about talent,” said midfielder Mikkel Dahl.", ["Mikkel Dahl"]),
    ("Veldoria’s president, Ilya Dorn, told his Norland counterpart by phone that the border would “remain open,” according to a readout from his office.", ["Ilya Dorn"]),
    ("“The first wave hit the harbour at about six.\n\n“By the time the second came, the boats were already in the streets,” said harbourmaster Per Lind.", ["Per Lind", "Per Lind"]),
]


SET_5 = [
    ("“We are going to win Carrow, and we are going to win it big,” Governor Rosa Lind told supporters at a rally in Pell City on Saturday.", ["Rosa Lind"]),
    ("Senator Paul Everly, campaigning in the Brannock suburbs, called Lind’s tax plan “a wrecking ball for working families.”", ["Paul Everly"]),
    ("\"The race is a coin flip,\" said Hal Greaves, who directs the Tamsin University poll. \"Anyone who tells you otherwise is selling something.\"", ["Hal Greaves", "Hal Greaves"]),
    ("Everly turned to Lind as the moderator called time. “You raised taxes nine times,” he said. Lind shook her head. “Paul, that number isn’t even close,” she replied.", ["Everly", "Lind"]),
    ("The Everly campaign said in a statement that the ad was “a desperate smear from a campaign in free fall.”", ["Everly campaign"]),
    ("“Four more years! Four more years!” the crowd chanted as Lind walked onstage.", ["crowd"]),
    ("Lind, whom her supporters call “the Iron Governor,” did not respond to a request for comment.", []),
    ("In an email to senior staff obtained by the Carrow Ledger, Lind’s campaign manager, Theo Marsh, wrote that the debate prep had been “a mess, full stop.”", ["Theo Marsh"]),
    ("\"I don't read polls,\" Everly told the Meridian Star on Thursday. \"I read crowds.\"", ["Everly", "Everly"]),
    ("Everly claimed on Tuesday that violent crime in Marlow had “doubled” since Lind took office. It has not: state police figures show a 4 percent decline over the same period.", ["Everly"]),
    ("Senator Paul Everly mocked Governor Rosa Lind for calling rural voters “the hard-to-reach crowd.”", ["Rosa Lind"]),
    ("“They call it ‘reform,’ but it’s a tax hike with a bow on it,” Lind said.", ["Lind"]),
    ("According to a transcript of the call obtained by Politiq, Everly told donors: “Don’t panic about October. We peak late.”", ["Everly"]),
    ("“I am grateful to the voters of Carrow for their trust,” Rep. Marcus Vale said in a statement released by his campaign.", ["Marcus Vale"]),
    ("“She has never run a business in her life,” Everly said, referring to Lind.", ["Everly"]),
    ("“I’ve voted for the party for forty years, but not this time,” said Dolores Fenn, 67, a retired schoolteacher from Ashgrove.", ["Dolores Fenn"]),
    ("“He talks like my dad,” said Kayla, a nursing student who declined to give her last name.", ["Kayla"]),
    ("“Will you concede if you lose?” a reporter shouted. “I’m not going to lose,” Everly said, and walked off.", ["reporter", "Everly"]),
    ("Appearing on WKX’s “Capitol Sunday,” Senator Dorothy Banes, an Everly ally, said Lind had “lost the plot on energy.”", ["Dorothy Banes"]),
    ("Lind posted on X shortly after midnight: \"Record turnout in Dray County. Keep it going.\"", ["Lind"]),
    ("“Pathetic,” Everly wrote on Blurt, linking to a clip of Lind’s remarks.", ["Everly"]),
    ("Governor Rosa Lind was joined in Ostrava by her running mate, Rep. Marcus Vale, and by state Treasurer Helen Brisco. Vale warmed up the crowd. “She is the toughest person I have ever worked for,” he said. Brisco then told the crowd that Everly’s budget would “gut every rural hospital in this state.” Lind closed the event. “Marcus is being polite,” she joked. “I am much tougher than that.”", ["Marcus Vale", "Helen Brisco", "Rosa Lind", "Rosa Lind"]),
    ("Ray Dunmore, a union steward at the shuttered Kell Valley plant, said: “They promised us this place would stay open. We believed them.\n\n“Then the jobs went to Tessaly, and nobody in the capital lifted a finger.”", ["Ray Dunmore", "Ray Dunmore"]),
    ("The Tamsin Poll said in its release that the race remained “too close to call.”", ["Tamsin Poll"]),
    ("“We are worried about Marlow County, and we should be,” a senior Lind campaign aide said, speaking on condition of anonymity to discuss internal data.", ["senior Lind campaign aide"]),
    ("Two Republican strategists, speaking on condition of anonymity, said Everly’s closing ad was “a mistake.”", ["Two Republican strategists"]),
    ("U.S. District Judge Harriet Oyelaran wrote that the county’s new ballot rule was “plainly at odds with the statute.”", ["Harriet Oyelaran"]),
    ("Prosecutors said in a court filing that the defendant had sent “dozens of threatening messages” to Lind’s campaign office.", ["Prosecutors"]),
    ("\"The rally ended without a single arrest,\" Pell City Police Chief Dan Ruelas told reporters.", ["Dan Ruelas"]),
    ("At the hearing, defense attorney Gil Navarro argued that his client was “a political prisoner.” Judge Mara Quill was unmoved. “This court does not take instructions from a campaign,” she said.", ["Gil Navarro", "Mara Quill"]),
    ("Writing in the Carrow Herald on Sunday, former Governor Ned Albrecht argued that Lind had “earned a second term the hard way.”", ["Ned Albrecht"]),
    ("KRTV anchor Dana Whitcomb pressed Everly on the point. “Will you accept the result if you lose?” she asked. “Of course,” he said. “If it’s a fair count.”", ["Dana Whitcomb", "Everly", "Everly"]),
    ("Everly let rip at pollsters on Friday, telling a rowdy crowd in Brannock: \"They're cooking the numbers, folks. Believe me.\"", ["Everly"]),
    ("Lind sneered at what she called “gun-toting hobbyists” during a closed-door fundraiser, according to audio obtained by the Patriot Wire.", ["Lind"]),
    ("“This election is about who we are.” That was how Everly opened his closing argument in Dray on Saturday night.", ["Everly"]),
    ("Marsh was blunt when asked about the new polls: “We are behind, and we know it.”", ["Marsh"]),
    ("Lind called the ruling “a win for every voter in Carrow,” while Everly said it was “judicial activism, plain and simple.”", ["Lind", "Everly"]),
    ("A heckler shouted “Liar!” as Everly began his remarks.", ["heckler"]),
    ("“The governor has been clear about this from day one,” Lind spokeswoman Priya Castell said.", ["Priya Castell"]),
    ("Former first lady Carol Dempsey and her husband, former President Walt Dempsey, stumped for Lind in Ostrava on Wednesday. “I have known Rosa for twenty years,” she told the crowd. “She does not quit.”", ["Carol Dempsey", "Carol Dempsey"]),
    ("“Senator, your time is up,” moderator Claire Ashby said, as Everly kept talking.", ["Claire Ashby"]),
    ("Secretary of State Lucille Marrow said there was \"no evidence whatsoever\" of fraud in the early vote. \"None,\" she added.", ["Lucille Marrow", "Lucille Marrow"]),
    ("Lind’s memoir, “Ground Truth,” has spent six weeks on the Carrow Herald bestseller list, and Everly’s ad “Sunrise in Brannock” has aired more than 4,000 times.", []),
    ("Strategists in both parties are watching the so-called “casserole vote” — suburban women who swung hard in the spring primaries.", []),
    ("The Lind campaign fired back within the hour. “Senator Everly is lying, and he knows it,” it said in a statement.", ["Lind campaign"]),
    ("The campaign declined to comment on the memo but said its fundraising was “stronger than ever.”", ["campaign"]),
    ("\"This ad is false and defamatory,\" Everly's campaign said Monday.", ["Everly's campaign"]),
    ("A memo written by campaign pollster Nina Stroud and obtained by Politiq warns that Lind’s support among voters under 30 is “soft and getting softer.”", ["Nina Stroud"]),
    ("A person familiar with the campaign’s plans said Everly would spend the final weekend “living in Marlow County.”", ["person familiar with the campaign’s plans"]),
    ("“Our community will decide this race,” said Inés Calderón-Ruiz, who organizes voter drives in East Dray. Calderón-Ruiz said turnout at her church had been “unlike anything I’ve seen.”", ["Inés Calderón-Ruiz", "Inés Calderón-Ruiz"]),
    ("CLAIM: “Rosa Lind cut school funding by 30 percent.” — Sen. Paul Everly, at an Oct. 12 rally in Brannock\n\nVERDICT: False. State budget records show school funding rose in each of Lind’s three years in office.", ["Paul Everly"]),
    ("“She is a fighter, and Carrow needs a fighter,” Vale said of Lind at a union hall in Pell City.", ["Vale"]),
    ("Lind told the Meridian Star that Everly's plan was \"a fantasy.\" \"It doesn't add up,\" she said.", ["Lind", "Lind"]),
    ("Political analyst June Okafor said Everly’s late ad buy in Dray was “a sign of real panic.”", ["June Okafor"]),
    ("Lind has spent the week hammering Everly for saying at the debate that retirees should “tighten their belts like everyone else.”", ["Everly"]),
    ("“If we lose Carrow,” Marsh said, “it won’t be because we didn’t knock on doors.”", ["Marsh", "Marsh"]),
    ("Asked whether he would debate Lind a third time, Everly said: \"She knows where to find me.\"", ["Everly"]),
    ("Paul Everly landed in Dray an hour late. The senator, speaking to reporters on the tarmac, said the delay was \"the airline's fault, not mine.\"", ["Paul Everly"]),
    ("Outside the arena, Tom Becker, a 52-year-old welder, said he had driven three hours to hear Everly. “He says what we’re all thinking,” Becker said. His wife, Janine, was less sure. “I’m still deciding,” she said.", ["Tom Becker", "Janine"]),
    ("“We are going to win this state,” Lind told the crowd in Pell City. “We are going to win it one door at a time.\n\n“And when we do, the first bill I sign will be the hospital bill.”", ["Lind", "Lind", "Lind"]),
]


SET_6 = [
    ("“We are going to win Marlow County, and we are going to win it big,” Gov. Celia Brandvold said Tuesday at a rally in Fenwick.", ["Celia Brandvold"]),
    ("Sen. Arthur Penhallow, a Republican from Oster, told reporters that the spending bill was “dead on arrival” in the Senate.", ["Arthur Penhallow"]),
    ("\"We have the votes,\" said Rep. Danielle Okonta, a Democrat from Brierley, after the caucus meeting broke up late Wednesday.", ["Danielle Okonta"]),
    ("“The governor has been clear about this from day one,” a spokesman for Gov. Celia Brandvold, Ricky Alcott, said in an email.", ["Ricky Alcott"]),
    ("The Hollis campaign said in a statement that the report was “a desperate smear from a flailing opponent.”", ["Hollis campaign"]),
    ("“We don’t comment on internal polling,” the campaign said in response to questions.", ["campaign"]),
    ("“He’s furious, and he has every right to be,” a senior campaign aide said, speaking on condition of anonymity to discuss private conversations.", ["senior campaign aide"]),
    ("Two Republican senators, who spoke on condition of anonymity, said the nominee’s chances were “somewhere between slim and none.”", ["Two Republican senators"]),
    ("Sheriff Dwayne Mercer wrote in a Facebook post on Sunday that his deputies had “acted with restraint and professionalism.”", ["Dwayne Mercer"]),
    ("Lorraine Vick, who has run the county elections office since 2011, said the new machines were “the most secure we’ve ever had.”", ["Lorraine Vick"]),
    ("“This is the most consequential vote I will cast in my career,” said Rep. Tomas Ybarra, a Democrat from Quarry Falls.", ["Tomas Ybarra"]),
    ("According to two people in the room, Senate Majority Leader Walt Hennessy told colleagues the deal was “as good as it gets.”", ["Walt Hennessy"]),
    ("“The economy is working for Wall Street, not for Main Street,” Councilwoman Bettina Ruiz said. “That has to change,” she added.", ["Bettina Ruiz", "Bettina Ruiz"]),
    ("Dr. Nkem Adair, an epidemiologist at Carver State University, noted that case counts were “still well below last winter’s peak.”", ["Nkem Adair"]),
    ("“Tariffs are a tax on the people who can least afford them,” argued Harlan Meeks, an economist at the Bellwether Institute.", ["Harlan Meeks"]),
    ("Mayor Frances Oyelaran acknowledged at a news conference that the city’s response had been “too slow.”", ["Frances Oyelaran"]),
    ("Asked about the attack ad, state Sen. Margaret Hollis quipped: “I’ve been called worse by my own mother.”", ["Margaret Hollis"]),
    ("“We stood in that line for six hours and nobody complained,” recalled Eunice Farraday, 82, who cast her first ballot in 1964.", ["Eunice Farraday"]),
    ("Rep. Harold Voss and Sen. Janet Kimura, who have feuded for months over the farm bill, appeared together at a Grange hall on Saturday. “We found more common ground than either of us expected,” she said. Voss was more guarded. “It’s a start,” he said.", ["Janet Kimura", "Harold Voss"]),
    ("The committee heard from three witnesses: Priya Anand, a former state health commissioner; Marcus Tolliver, the chief executive of Ridgeline Health; and Leah Brandt, a nurse from Carrow.\n\nAnand warned that rural hospitals were “one bad winter away from collapse.” Tolliver disputed that. “The system is strained, not broken,” he said.", ["Priya Anand", "Marcus Tolliver"]),
    ("Rep. Dana Whitcomb, a Democrat from Linwood, has pushed the paid-leave measure for six years without getting a floor vote.\n\n“This is about whether a mother can keep her job after she gives birth,” she said in an interview Thursday.", ["Dana Whitcomb"]),
    ("“I’ve voted Republican my whole life. I can’t do it this year.”\n\nThat was how Gordon Pell, a 64-year-old retired machinist from Tully, explained his vote outside a diner on Route 9 on Tuesday morning.", ["Gordon Pell"]),
    ("“Will you release your tax returns before the convention?” a reporter shouted as the candidate left the stage. “We’ll see,” Victor Lanning replied.", ["reporter", "Victor Lanning"]),
    ("In an email to staff obtained by the Brayton Courier, Superintendent Lena Ortiz wrote that the district would “not be closing a single school this year.”", ["Lena Ortiz"]),
    ("In a letter to the committee dated May 2, the Calder County Board of Elections wrote: “Every ballot cast in the primary has been accounted for.”", ["Calder County Board of Elections"]),
    ("State Rep. Lyle Dwyer accused his opponent, Nora Halvorsen, of calling rural voters “dead weight” at a private fundraiser, a remark captured on audio obtained by the Ledger.", ["Nora Halvorsen"]),
    ("\"We're not going to negotiate in the press,\" House Speaker Ron Galloway told reporters outside his office.", ["Ron Galloway"]),
    ("“At this time we believe the shooter acted alone,” Police Chief Marcus Dell said at a news conference Monday evening. “There is no ongoing threat to the public.”", ["Marcus Dell", "Marcus Dell"]),
    ("The Hadley County Sheriff’s Office said in a statement that the deputy had been placed on “paid administrative leave pending review.”", ["Hadley County Sheriff’s Office"]),
    ("U.S. District Judge Harriet Quon wrote that the state’s new map “dilutes the voting strength of Black residents in a manner the Constitution forbids.”", ["Harriet Quon"]),
    ("Writing for the majority, Justice Alma Reyes said the statute “cannot survive even the most forgiving scrutiny.” Justice Paul Stroud dissented, calling the ruling “a solution in search of a problem.”", ["Alma Reyes", "Paul Stroud"]),
    ("At the hearing, Sen. Roberta Kincaid pressed the agency’s director, Dr. Samuel Whitlow, on the delays. “How many more people have to wait?” she asked. “Too many, and I won’t pretend otherwise,” Whitlow said.", ["Roberta Kincaid", "Samuel Whitlow"]),
    ("“I made a mistake, and I’m sorry,” Councilman Derek Sallow said in a video posted to his Instagram account, two days after the Gazette reported the payments.", ["Derek Sallow"]),
    ("Elaine Marchetti, the county prosecutor who opened the inquiry in March and has since subpoenaed more than a dozen city officials, said Thursday that her office would “follow the evidence wherever it leads.”", ["Elaine Marchetti"]),
    ("As Sen. Joe Hartigan put it on the Senate floor last week, the bill is “a gift to every trial lawyer in America.”", ["Joe Hartigan"]),
    ("“Leadership is whipping this one hard,” a House Democratic aide told Capitol Ledger.", ["House Democratic aide"]),
    ("“The potholes on Elm Street have been there since my kids were in grade school,” said Rhonda Kessler, who has lived in the Eastgate neighborhood for 31 years. “Nobody at City Hall cares.”", ["Rhonda Kessler", "Rhonda Kessler"]),
    ("“When I took this job, I promised I would never raise the property tax,” Mayor Gil Harker said. “I kept that promise for eight years.\n\n“But I will not let this city go broke to protect my own record.”", ["Gil Harker", "Gil Harker", "Gil Harker"]),
    ("\"We knocked on forty thousand doors in this county. We listened to every single person who opened one.\n\n\"That is why we won,\" said Yvette Carrow, the campaign's field director.", ["Yvette Carrow", "Yvette Carrow"]),
    ("“Nobody in this building wanted a shutdown,” Galloway said. “But nobody was willing to blink, either.”", ["Galloway", "Galloway"]),
    ("Former Gov. Hank Delacroix, campaigning for state Sen. Margaret Hollis in Pinebrook on Saturday, told the crowd that she was “the toughest person I ever served with.”", ["Hank Delacroix"]),
    ("Carl “Buddy” Renner, the longtime Tully County clerk, certified the results on Friday afternoon.", []),
    ("The so-called “reform caucus” met behind closed doors for the third time this month.", []),
    ("Brandvold’s memoir, “Hard Ground,” spent nine weeks on the bestseller list last spring.", []),
    ("The “Clean Slate for Veterans Act” cleared the Senate Judiciary Committee on a 14-8 vote Thursday.", []),
    ("The Carver State University Medical Center issued a brief update late Saturday. “All five patients are in stable condition,” it said.", ["Carver State University Medical Center"]),
    ("Asked by the Ridgeway Post-Dispatch about the donation, Hollis spokeswoman Tessa Pruett said the campaign had “returned every dollar.”", ["Tessa Pruett"]),
    ("Gov. Ana Pruitt and Lt. Gov. Desmond Hale toured the flooded blocks of Lower Fenwick on Tuesday. “I have never seen water this high,” he said. “We will rebuild every home,” Pruitt said.", ["Desmond Hale", "Ana Pruitt"]),
    ("Jerome Whitt, a pollster who has surveyed the district since the 1990s, said the race had tightened sharply in recent weeks.\n\n“Three months ago this was a ten-point race,” he said. “Today I’d call it a coin flip.”", ["Jerome Whitt", "Jerome Whitt"]),
    ("State Sen. Carla Montez, Rep. Brian Foss and Councilwoman Leigh Adeyemi held a joint news conference on the Capitol steps Wednesday.\n\nMontez spoke first, calling the governor’s budget “a betrayal of every teacher in this state.” Foss, who represents a rural district, was blunter. “It’s garbage,” he said.", ["Carla Montez", "Brian Foss"]),
    ("According to Hale, the state has requested \"every available resource\" from federal emergency managers.", ["Hale"]),
    ("The campaign has \"no plans\" to pull its ads, spokesman Luis Ferreira said Wednesday.", ["Luis Ferreira"]),
    ("\"Did you know about the payments?\" a reporter asked. \"I learned about them when you did,\" Sallow said.", ["reporter", "Sallow"]),
    ("In a statement, the Committee for a Safer Tully said its members were \"disgusted but not surprised\" by the vote.", ["Committee for a Safer Tully"]),
    ("At Tuesday’s forum, Nora Halvorsen reminded the audience that her opponent, Lyle Dwyer, had once described the state’s teachers as “overpaid babysitters” in a 2019 radio interview.", ["Lyle Dwyer"]),
    ("\"We're seeing layoffs in places that haven't seen them since 2009,\" said Odette Lindqvist, chief economist at Harrow Bank, adding that the slowdown was \"broad-based.\"", ["Odette Lindqvist", "Odette Lindqvist"]),
    ("“Please make sure none of this ends up in writing,” the mayor’s chief of staff, Corinne Bates, wrote in a 2021 email made public in the lawsuit.", ["Corinne Bates"]),
    ("The Brayton Teachers Union voted Sunday night to authorize a strike.\n\n“Our members have been patient for three years,” it said in a statement. “That patience is gone.”", ["Brayton Teachers Union", "Brayton Teachers Union"]),
    ("\"I just want somebody who will fix the roads,\" said Bev Tanaka, 58, a school bus driver from Millbrook.", ["Bev Tanaka"]),
    ("Okonta told reporters the vote would happen \"this week, no excuses.\"", ["Okonta"]),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("1", "2", "3", "4", "5", "6"), default="6")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong probe")
    args = ap.parse_args(argv)
    probes = {"1": SET_1, "2": SET_2, "3": SET_3, "4": SET_4, "5": SET_5, "6": SET_6}[args.set]
    right = 0
    for text, expected in probes:
        got = [q.speaker for q in extract(text)]
        right += got == expected
        if args.verbose and got != expected:
            print(f"wrong: got {got}, expected {expected}: {text}")
    print(f"set {args.set}: {right}/{len(probes)} probes right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
