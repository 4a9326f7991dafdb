package com.guanxi.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of verifying the hash chain over every file of the trail. When {@code valid} is false, {@code file} and
 * {@code line} (1-based) name the first line that does not verify and {@code reason} says why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainCheck(boolean valid, int files, long entries, String file, Integer line, String reason) {

    static ChainCheck ok(int files, long entries) {
        return new ChainCheck(true, files, entries, null, null, null);
    }

    static ChainCheck broken(int files, long entries, String file, int line, String reason) {
        return new ChainCheck(false, files, entries, file, line, reason);
    }
}
