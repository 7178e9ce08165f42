package org.healthscore.store;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Guesses a CSV file's encoding from its first bytes: a UTF-16 byte-order mark, UTF-8, or Windows-1252. */
final class CharsetDetector {
    private CharsetDetector() {
    }

    static Charset detectCharset(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, utf8SafeLength(b)));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            // Some invalid bytes: if the rest has real UTF-8 sequences (é = C3 A9) the file is UTF-8 with a
            // few broken rows, which the import reports; with no UTF-8 sequences at all it is Windows-1252.
            return validUtf8Sequences(b) > 0 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
    }

    /** Counts well-formed multi-byte UTF-8 sequences. */
    static int validUtf8Sequences(byte[] b) {
        int count = 0;
        for (int i = 0; i < b.length; i++) {
            int x = b[i] & 0xFF;
            int len = x >= 0xF0 && x <= 0xF4 ? 4 : x >= 0xE0 ? (x <= 0xEF ? 3 : 0) : x >= 0xC2 && x <= 0xDF ? 2 : 0;
            if (len == 0 || i + len > b.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                ok &= (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                count++;
                i += len - 1;
            }
        }
        return count;
    }

    /** Length without a UTF-8 sequence cut off by the sample's end. */
    static int utf8SafeLength(byte[] b) {
        int n = b.length;
        for (int i = 1; i <= 3 && n - i >= 0; i++) {
            int x = b[n - i] & 0xFF;
            if ((x & 0xC0) == 0xC0) {
                return n - i;
            }
            if ((x & 0x80) == 0) {
                break;
            }
        }
        return n;
    }

}
