"""How close a passage must be to a claim, and how many of its words it must share, for each kind of
finding the text verifier reads (cosines of all-MiniLM-L6-v2, shares of content words weighted by rarity;
tuned on tests/verify/labels)."""

CONTENT_COVERAGE = 0.5  # share of the claim's content words a qualitative match must contain
NUMERIC_COVERAGE = 0.3  # the same for a numeric match, whose numbers and names carry most of the weight
QUALITATIVE_SUPPORT = 0.72  # cosine (all-MiniLM-L6-v2) a paraphrase reaches; tuned on tests/verify/labels
CAPTION_SUPPORT = 0.75  # the same for a caption, which describes a table more than it states a finding
ATTRIBUTED_COVERAGE = 0.45  # the share of content words a qualitative match needs within the paper a claim names
CLOSE_NUMERIC = 0.65  # a numeric passage this similar needs only half the shared words
NUMERIC_RELATED = 0.45  # below this a unit is about something else, whatever names it shares
CONTRADICT_RELATED = 0.6
DISTINCT_NUMBER_RELATED = 0.55  # a passage printing an unlikely figure of the claim's, or its count in its paper
FRAMED_RELATED = 0.7  # a sentence read with the ones before it this close is about the claim
FRAMED_COVERAGE = 0.45  # the same, for the claim's words found in the sentence and its paragraph
REVERSAL_COVERAGE = 0.3  # a ranking whose both sides match needs fewer shared words
NAMED_REVERSAL_COVERAGE = 0.1  # fewer still when both sides are matched by name
COUNTED_CLOSE = 0.8  # a sentence printing the claimed count this close in meaning may word the rest otherwise
CLOSE_PARAPHRASE = 0.85  # this close, a passage is about the claim whatever words it shares
