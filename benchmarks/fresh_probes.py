"""Speaker accuracy on made-up probes written as held-out checks for the quote extractor's rules.

Set 1 (30 probes, crisis wire style) was written mid-session at ec981de and scored before any rule
looked at it: 23/30 there, 18/30 at 709850c; three of its seven failures were then fixed (29c88c0
and after), so it is no longer held out. Set 2 (30 probes, crisis and campaign) was written before
the session's last merges and never used to tune: 27/30 at the session end, 26/30 at 709850c.
A probe is right when the speakers of its quotes, in order, equal the expected list exactly.

Usage: python benchmarks/fresh_probes.py [--set 1|2] [-v]
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("1", "2"), default="2")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong probe")
    args = ap.parse_args(argv)
    probes = SET_1 if args.set == "1" else SET_2
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
