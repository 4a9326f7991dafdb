package com.guanxi.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens delivered bytes as text (UTF-8 unless a vendor mapping says otherwise): a leading BOM is skipped, and invalid byte sequences become U+FFFD instead of
 * aborting the file, so the reader can reject just the rows that hold them (reason invalid_encoding).
 */
final class Utf8Input {
    /** What an invalid UTF-8 sequence decodes to. */
    static final char REPLACEMENT = '\uFFFD';

    private Utf8Input() {
    }

    static Reader open(InputStream raw) throws IOException {
        return open(raw, StandardCharsets.UTF_8);
    }

    /** The same for a vendor file in another charset (e.g. GB18030); the BOM is skipped only for UTF-8. */
    static Reader open(InputStream raw, Charset charset) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom || !StandardCharsets.UTF_8.equals(charset)) in.reset();
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}
