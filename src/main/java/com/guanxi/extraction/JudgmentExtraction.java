package com.guanxi.extraction;

import java.util.List;

/**
 * Everything the extractor found in one judgment.
 *
 * @param caseNumber     the case number of the document (from its header), normalised, or null
 * @param citedCaseNumbers other case numbers in the text, normalised
 * @param parties        parties in order of their lines
 * @param mentions       every organisation and person mention, sorted by offset, without overlaps
 * @param definitions    以下简称 and 原名 definitions
 * @param amounts        amounts of money, in text order
 */
public record JudgmentExtraction(String caseNumber, List<String> citedCaseNumbers, List<Party> parties,
                                 List<TextMention> mentions, List<NameDefinition> definitions,
                                 List<AmountMention> amounts) {
    public JudgmentExtraction {
        citedCaseNumbers = List.copyOf(citedCaseNumbers);
        parties = List.copyOf(parties);
        mentions = List.copyOf(mentions);
        definitions = List.copyOf(definitions);
        amounts = List.copyOf(amounts);
    }
}
