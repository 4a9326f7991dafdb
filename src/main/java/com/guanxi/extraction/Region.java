package com.guanxi.extraction;

import java.util.List;

/**
 * An administrative division (GB/T 2260). {@code code} has 6 digits: 2 for the province, 2 for the city,
 * 2 for the district; a province ends in 0000, a city in 00. Characters 3–8 of a USCC are such a code.
 */
public record Region(String code, String name, Level level, String parentCode, List<String> shortNames) {
    public enum Level { PROVINCE, CITY, DISTRICT }

    public Region {
        if (code == null || code.length() != 6) throw new IllegalArgumentException("division code must have 6 digits: " + code);
        shortNames = List.copyOf(shortNames);
    }

    /** The significant prefix of the code: 2 digits for a province, 4 for a city, 6 for a district. */
    public String prefix() {
        return switch (level) {
            case PROVINCE -> code.substring(0, 2);
            case CITY -> code.substring(0, 4);
            case DISTRICT -> code;
        };
    }

    /** True when {@code divisionCode} (6 digits, e.g. from a USCC) lies in this region. */
    public boolean contains(String divisionCode) {
        return divisionCode != null && divisionCode.startsWith(prefix());
    }

    /** True when one of the two regions contains the other (北京 and 北京市朝阳区 are consistent). */
    public boolean consistentWith(Region other) {
        return contains(other.code) || other.contains(code);
    }
}
