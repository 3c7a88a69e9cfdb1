"""A transparent cue lexicon for stance and sentiment, with negation and hedging.

Every entry below was written for quotestance from the codebook (docs/codebook.md). An entry is
a word form or a phrase (words joined by ``_``), optionally ``:weight`` (default 1). A cue
preceded within ``negation_window`` tokens (same clause) by a negator (``not``, ``never``,
``no``, ``...n't``, or a preventive verb such as ``avoid`` / ``end``) counts for the opposite
pole: "we will not attack" is a reassurance, "there will be no talks" a refusal. A hedge
(``may``, ``might``, ``could``, ``possibly`` ...) in the window damps the cue by
``hedge_factor``; an intensifier (``very``, ``deeply`` ...) raises it by half.
"""

from __future__ import annotations

import math
import re

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted

from quotestance.models._base import PipelineClassifier, as_texts, resolve_task, softmax

# category -> (pole, entries). Poles: "esc"/"conc" (stance), "pos"/"neg" (sentiment).
LEXICON: dict[str, tuple[str, str]] = {
    "threat": ("esc", """
        threat:1.5 threats:1.5 threaten:1.5 threatens:1.5 threatened:1.5 threatening:1.5
        warn warns warned warning ultimatum:2 ultimatums:2 red_line:1.5 red_lines:1.5
        heavy_price:2 pay_a_price:2 pay_dearly:2 pay_the_price:2 consequences will_pay:1.5
        all_options:1.5 every_means:1.5 all_means:1.5 by_any_means:1.5 wipe_out:2
        annihilate:2 obliterate:2 crush:1.5 punish:1.5 punishment hunt_down:1.5
        bring_to_justice regret_it:1.5 last_chance:1.5 final_warning:2 will_not_hesitate:2
        """),
    "demand": ("esc", """
        demand demands demanded demanding insist insists insisted insisting unconditional
        unconditionally non-negotiable immediately:0.5 at_once:0.5 must_withdraw:1.5
        must_stop:1.5 must_leave:1.5 must_end:1.5 must_be_held:1.5 step_down:1.5
        resign:1.5 get_out:1.5
        """),
    "condemnation": ("esc", """
        condemn:1.5 condemns:1.5 condemned:1.5 condemning:1.5 condemnation:1.5 denounce:1.5
        denounces:1.5 denounced:1.5 deplore deplores deplorable outrage outrageous
        unacceptable:1.5 shameful disgraceful disgrace criminal crime crimes atrocity
        atrocities barbaric brutal brutality reckless provocation:1.5 provocations:1.5
        provocative aggression:1.5 aggressive aggressor:1.5 hostile irresponsible
        heinous despicable cowardly inexcusable intolerable
        """),
    "accusation": ("esc", """
        accuse accuses accused accusing accusation accusations blame blames blamed lie:1.5
        lies:1.5 lying:1.5 liar:1.5 liars:1.5 propaganda:1.5 regime:0.5 puppet illegal
        illegitimate violation violations violate violates violated violating occupation
        occupiers occupier invaders genocide:2 war_crimes:2 betrayal betrayed betray
        hypocrisy hypocritical sabotage interference meddling responsible:0.5 accountable
        terrorist:1.5 terrorists:1.5 terrorism extremists fascist fascists nazis
        failed_to:0.5 has_failed:1 cover-up fabricated fake:0.5 so-called:0.5
        """),
    "rejection": ("esc", """
        reject:1.5 rejects:1.5 rejected:1.5 rejecting:1.5 rejection:1.5 refuse:1.5
        refuses:1.5 refused:1.5 refusing:1.5 refusal:1.5 dismiss dismissed dismisses
        nonsense absurd ridiculous baseless groundless rule_out ruled_out
        """),
    "military": ("esc", """
        troops soldiers forces:0.7 army military:0.7 missile missiles weapons weapon
        tanks artillery drones warships warplanes deploy:1.5 deploys:1.5 deployed:1.5
        deploying:1.5 deployment:1.5 deployments:1.5 mobilize mobilise mobilization
        mobilisation build-up buildup nuclear arm_ourselves rearm reinforcements
        combat_readiness ready_to_strike:2 use_of_force:1.5 use_force:1.5 military_action:1.5
        """),
    "strike": ("esc", """
        strike strikes airstrike airstrikes bomb bombs bombing bombed shelling attack:1.5
        attacks:1.5 attacked attacking invade:1.5 invasion:1.5 invaded offensive assault
        fire_on retaliate:2 retaliation:2 retaliatory:2 revenge:2 avenge:2 respond_decisively:2
        decisive_response:2 counterattack destroy destroyed eliminate eliminated
        neutralize neutralise
        """),
    "sanction": ("esc", """
        sanction:1.5 sanctions:1.5 sanctioned embargo boycott tariffs tariff expel expelled
        expulsion blockade cut_ties sever_ties severed suspend suspended freeze isolate
        countermeasures:1.5
        """),
    "war": ("esc", """
        war:1.5 wars warfare battle enemy:1.5 enemies:1.5 hostilities fight fighting
        victory defeat conquer fight_back:1.5 to_the_end:1.5
        """),
    "dialogue": ("conc", """
        dialogue:1.5 talks:1.5 talk negotiate:1.5 negotiates:1.5 negotiated negotiating:1.5
        negotiation:1.5 negotiations:1.5 negotiator diplomacy:1.5 diplomatic discuss
        discussion discussions sit_down same_table:1.5 sit_at_the_same_table:2
        sit_at_the_table:2 come_to_the_table:2 back_to_the_table:2 mediate mediation mediator
        consultations engage engagement reach_out channels summit:0.5 meet:0.5 meeting:0.5
        """),
    "restraint": ("conc", """
        restraint:2 calm calm_down step_back:1.5 de-escalate:2 de-escalation:2 de-escalating:2
        deescalate:2 deescalation:2 ceasefire:2 cease-fire:2 cease_fire:2 truce:2 hold_fire:2
        lay_down stand_down:1.5 pull_back:1.5 withdraw:0.5 moderation stabilize stabilise
        stability calmer humanitarian_corridor:1.5 humanitarian_pause:1.5
        """),
    "welcome": ("conc", """
        welcome:1.5 welcomes:1.5 welcomed:1.5 welcoming appreciate appreciates appreciated
        thank thanks thankful grateful gratitude praise praised commend commends commended
        applaud constructive:1.5 productive fruitful encouraging encouraged good_faith:1.5
        goodwill:1.5 step_forward right_direction important_step breakthrough:1.5
        """),
    "cooperation": ("conc", """
        cooperate:1.5 cooperation:1.5 cooperative collaborate collaboration partner partners
        partnership together:0.7 jointly solidarity friendship friends friendly mutual
        work_together:1.5 common_ground:1.5 understanding:0.7 trust mutual_respect:1.5
        unity coexist coexistence
        """),
    "peace": ("conc", """
        peace:1.5 peaceful:1.5 peacefully:1.5 peacemaking reconciliation:1.5 reconcile
        harmony settlement diplomatic_solution:2 political_solution:2 peaceful_solution:2
        solution:0.7 compromise:1.5 compromises middle_ground humanitarian:0.5
        """),
    "agreement": ("conc", """
        agreement:1.5 agree agreed agrees accord deal:0.5 pact treaty:0.5 consensus
        accept:0.7 accepted:0.7 accepts:0.7 reached
        """),
    "reassurance": ("conc", """
        reassure:1.5 reassures reassured reassurance:1.5 guarantee:0.5 hope:0.7 hopes:0.7 hoped:0.7 hopeful:0.7 hoping:0.7 optimistic:0.7 optimism:0.7
        ready_to_talk:2 ready_to_meet:2 willing:0.7 open_to:0.7
        """),
    "concession": ("conc", """
        apologise:2 apologize:2 apologised apologized apology:2 sorry forgive forgiveness
        concession:1.5 concessions:1.5 flexible flexibility tolerate back_down:1.5
        release:0.5 released:0.5 amnesty give_up surrender:1.5 retreat:1.5 mercy
        """),
    "positive": ("pos", """
        good great excellent happy glad delighted:1.5 pleased proud satisfied satisfaction
        hope hopeful optimistic optimism success successful succeed progress positive
        welcome welcomed grateful thank thanks thankful wonderful fantastic celebrate
        celebration joy honored honoured congratulate congratulations best better improve
        improved improvement win won victory benefit beneficial safe safely relief relieved
        encouraged encouraging promising excited exciting love lucky fortunate confident
        confidence achievement achieve achieved agreement:0.5 peace:0.5 breakthrough
        constructive productive fruitful
        """),
    "negative": ("neg", """
        bad terrible horrible awful worst worse tragedy:1.5 tragic:1.5 sad sadness grief
        mourn mourning sorrow painful pain suffering suffer suffered fear fears afraid
        scared worried worry worrying concern:0.7 concerned:0.7 alarming alarmed angry
        anger outrage outraged furious disappointed disappointing disappointment regret
        unfortunately unfortunate crisis catastrophe catastrophic disaster disastrous
        devastating devastated dead death deaths died die killed killing kill killings
        murder murdered victims wounded injured destroyed destruction violence violent
        brutal horrific shocking shocked shame shameful disgrace disgraceful fail failed
        failure danger dangerous threat:0.5 threats:0.5 war:0.5 attack:0.5 attacks:0.5
        lies:0.5 unacceptable condemn:0.5 hate hatred cruel nightmare chaos collapse loss
        losses lost damage hurt harm heartbroken terrifying worrisome grave
        """),
}

NEGATORS = frozenset("""
    not no never nobody none nothing neither nor without cannot
    avoid avoiding avert averting prevent preventing end ending stop stopping halt
""".split())
HEDGES = frozenset("""
    may might could possibly perhaps maybe probably potentially reportedly allegedly
    seems seem appears apparently
""".split())
INTENSIFIERS = frozenset("""
    very extremely deeply strongly totally absolutely completely highly utterly gravely
    seriously firmly resolutely
""".split())
FIRST_PERSON = frozenset("we us our ours ourselves".split())
THIRD_PERSON = frozenset("they them their theirs".split())
CLAUSE_BREAKS = frozenset(". , ; : ! ? but however although though".split())

CATEGORIES = tuple(LEXICON)
POLES = ("esc", "conc", "pos", "neg")
_OPPOSITE = {"esc": 1, "conc": 0, "pos": 3, "neg": 2}
FEATURE_NAMES = (
    *CATEGORIES,
    "escalation", "conciliation", "positive_tone", "negative_tone",
    "negated_escalation", "negated_conciliation", "negated_positive", "negated_negative",
    "n_negators", "n_hedges", "n_intensifiers", "first_person", "third_person",
    "question", "exclamation", "log_tokens",
)
_N_CAT = len(CATEGORIES)
_AGG = _N_CAT          # escalation, conciliation, positive_tone, negative_tone
_NEG = _N_CAT + 4      # negated_* in pole order
_MISC = _N_CAT + 8

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*|[.,;:!?]")


def _build_index() -> dict[tuple[str, ...], list[tuple[int, int, float]]]:
    """Entry (tuple of words) -> [(category index, pole index, weight)]."""
    index: dict[tuple[str, ...], list[tuple[int, int, float]]] = {}
    for c, (pole, text) in enumerate(LEXICON.values()):
        for item in text.split():
            word, _, weight = item.partition(":")
            key = tuple(word.split("_"))
            index.setdefault(key, []).append((c, POLES.index(pole), float(weight or 1.0)))
    return index


def _slots(entries):
    """(feature slot if plain, aggregate slot if plain, negated slot, flipped slot, weight)."""
    return tuple((cat, _AGG + pole, _NEG + pole, _AGG + _OPPOSITE[POLES[pole]], weight)
                 for cat, pole, weight in entries)


_INDEX = _build_index()
_WORDS = {k[0]: _slots(v) for k, v in _INDEX.items() if len(k) == 1}
_PHRASES: dict[str, list] = {}
for _key, _entries in sorted(_INDEX.items(), key=lambda kv: -len(kv[0])):
    if len(_key) > 1:
        _PHRASES.setdefault(_key[0], []).append((list(_key), len(_key), _slots(_entries)))
# token -> offset in the misc block (0 negator, 1 hedge, 2 intensifier, 3 we, 4 they), or a break
_BREAK, _QUESTION, _EXCLAIM = -1, 5, 6
_KIND = {**{t: 4 for t in THIRD_PERSON}, **{t: 3 for t in FIRST_PERSON},
         **{t: 2 for t in INTENSIFIERS}, **{t: 1 for t in HEDGES}, **{t: 0 for t in NEGATORS},
         **{t: _BREAK for t in CLAUSE_BREAKS}, "?": _QUESTION, "!": _EXCLAIM}


def tokenize(text: str) -> list[str]:
    """Lower-cased word and clause-punctuation tokens (curly apostrophes normalised)."""
    return _TOKEN_RE.findall(text.lower().replace("\u2019", "'"))


def cue_features(text: str, negation_window: int = 3, hedge_factor: float = 0.5) -> list[float]:
    """The LexiconFeatures row of one statement (see FEATURE_NAMES)."""
    row = [0.0] * len(FEATURE_NAMES)
    tokens = tokenize(text)
    far = -10**6
    last = [far, far, far]  # position of the last negator, hedge, intensifier in this clause
    skip = 0
    for i, tok in enumerate(tokens):
        if i < skip:
            continue
        kind = _KIND.get(tok)
        if kind is None and tok[-3:] == "n't":
            kind = 0
        if kind is not None:
            if kind < 3:
                last[kind] = i
                row[_MISC + kind] += 1
            elif kind < 5:
                row[_MISC + kind] += 1
            else:  # clause break ends every scope
                last[0] = last[1] = last[2] = far
                if kind != _BREAK:
                    row[_MISC + kind] = 1.0
            continue
        slots = None
        for words, span, phrase_slots in _PHRASES.get(tok, ()):
            if tokens[i:i + span] == words:
                slots, skip = phrase_slots, i + span
                break
        if slots is None:
            slots = _WORDS.get(tok)
            if slots is None:
                continue
        scale = 1.0
        if i - last[1] <= negation_window:
            scale *= hedge_factor
        if i - last[2] <= negation_window:
            scale *= 1.5
        if i - last[0] <= negation_window:
            for _, _, negated, flipped, weight in slots:
                row[negated] += weight * scale
                row[flipped] += weight * scale
        else:
            for cat, agg, _, _, weight in slots:
                row[cat] += weight * scale
                row[agg] += weight * scale
    row[_MISC + 7] = math.log1p(len(tokens))
    return row


def cue_matrix(texts, negation_window: int = 3, hedge_factor: float = 0.5) -> np.ndarray:
    """LexiconFeatures rows of many statements as a float64 matrix."""
    texts = as_texts(texts)
    out = np.empty((len(texts), len(FEATURE_NAMES)))
    for r, text in enumerate(texts):
        out[r] = cue_features(text, negation_window, hedge_factor)
    return out


class LexiconFeatures(TransformerMixin, BaseEstimator):
    """Texts -> dense matrix of cue scores per lexicon category, pole, negation and hedging."""

    def __init__(self, negation_window=3, hedge_factor=0.5):
        self.negation_window = negation_window
        self.hedge_factor = hedge_factor

    def fit(self, X, y=None):
        self.n_features_out_ = len(FEATURE_NAMES)
        return self

    def transform(self, X):
        check_is_fitted(self, "n_features_out_")
        return cue_matrix(X, self.negation_window, self.hedge_factor)

    def get_feature_names_out(self, input_features=None):
        return np.asarray(FEATURE_NAMES, dtype=object)


class LexiconClassifier(PipelineClassifier):
    """LexiconFeatures -> StandardScaler -> LogisticRegression; learns the task from y."""

    def __init__(self, C=1.0, class_weight="balanced", negation_window=3, hedge_factor=0.5,
                 max_iter=2000, random_state=0):
        self.C = C
        self.class_weight = class_weight
        self.negation_window = negation_window
        self.hedge_factor = hedge_factor
        self.max_iter = max_iter
        self.random_state = random_state

    def _build(self):
        return Pipeline([
            ("lexicon", LexiconFeatures(self.negation_window, self.hedge_factor)),
            ("scale", StandardScaler()),
            ("clf", LogisticRegression(C=self.C, class_weight=self.class_weight,
                                       max_iter=self.max_iter, random_state=self.random_state)),
        ])


_RULE_POLES = {"stance": ("escalatory", 0, "conciliatory", 1),
               "sentiment": ("negative", 3, "positive", 2)}


class CueRuleClassifier(ClassifierMixin, BaseEstimator):
    """Rule: the stronger of the two cue poles wins if its score exceeds ``threshold``.

    Stance compares escalation with conciliation, sentiment negative with positive tone; for
    sentiment each tone also gets ``cross_weight`` times the matching stance pole (escalation
    cues usually sound negative, conciliation cues positive).
    Probabilities are a softmax of ``sharpness * [pole score, threshold, other pole]`` plus
    ``prior_weight * log(class prior)`` learned from y; predict is their argmax, and a pole
    that only equals the threshold loses to neutral.
    """

    def __init__(self, task="auto", threshold=0.5, sharpness=2.0, prior_weight=0.0,
                 cross_weight=0.5, negation_window=3, hedge_factor=0.5):
        self.task = task
        self.threshold = threshold
        self.cross_weight = cross_weight
        self.sharpness = sharpness
        self.prior_weight = prior_weight
        self.negation_window = negation_window
        self.hedge_factor = hedge_factor

    def fit(self, X, y):
        y = np.asarray(y, dtype=object)
        self.task_ = resolve_task(self.task, y)
        self.classes_, counts = np.unique(y, return_counts=True)
        self.class_prior_ = counts / counts.sum()
        return self

    def predict_proba(self, X):
        check_is_fitted(self, "classes_")
        feats = cue_matrix(X, self.negation_window, self.hedge_factor)
        low_label, low_pole, high_label, high_pole = _RULE_POLES[self.task_]
        order = ["neutral", low_label, high_label]
        # a pole must beat the threshold strictly: ties go to neutral
        low, high = feats[:, _AGG + low_pole], feats[:, _AGG + high_pole]
        if self.task_ == "sentiment":
            low = low + self.cross_weight * feats[:, _AGG + 0]   # + escalation
            high = high + self.cross_weight * feats[:, _AGG + 1]  # + conciliation
        scores = np.column_stack([np.full(len(feats), float(self.threshold)),
                                  low - 1e-9, high - 1e-9])
        cols = [order.index(c) for c in self.classes_]
        logits = self.sharpness * scores[:, cols]
        return softmax(logits + self.prior_weight * np.log(self.class_prior_))

    def predict(self, X):
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]
