package com.guanxi.extraction;

/**
 * Known organisation names, used by the extractor to place the start of a name in running text
 * (原告与被告无锡和天宇新房地产开发有限公司: the registry knows 无锡和天宇新…, so 和 is not a boundary).
 * The resolver's company registry implements it.
 */
@FunctionalInterface
public interface NameGazetteer {
    NameGazetteer NONE = normalizedName -> false;

    /** True when {@code normalizedName} ({@link TextNormalizer#normalizeName}) is a known organisation name. */
    boolean knows(String normalizedName);
}
