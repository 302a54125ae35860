/*
 * The "speed of light" for bench/translit.sh: Serbian Cyrillic to Latin in UTF-8 by table
 * lookup alone, bytes in and bytes out, with none of glasnik's context rules (no digraph
 * casing, no exceptions, no protected tokens). Anything that is not one of the 60 Serbian
 * Cyrillic letters is copied as it is.
 *
 *   gcc -O2 -o table bench/c/table.c && ./table < cyrillic.txt > latin.txt
 */
#include <stdio.h>
#include <string.h>

/* Latin for U+0400..U+045F, indexed by code point - 0x400; NULL: copy the letter unchanged. */
static const char *const LATIN[0x60] = {
    [0x02] = "\xC4\x90", /* Ђ Đ */
    [0x08] = "J",        /* Ј */
    [0x09] = "Lj",       /* Љ */
    [0x0A] = "Nj",       /* Њ */
    [0x0B] = "\xC4\x86", /* Ћ Ć */
    [0x0F] = "D\xC5\xBE", /* Џ Dž */
    [0x10] = "A", [0x11] = "B", [0x12] = "V", [0x13] = "G", [0x14] = "D", [0x15] = "E",
    [0x16] = "\xC5\xBD", /* Ж Ž */
    [0x17] = "Z", [0x18] = "I", [0x1A] = "K", [0x1B] = "L", [0x1C] = "M", [0x1D] = "N",
    [0x1E] = "O", [0x1F] = "P", [0x20] = "R", [0x21] = "S", [0x22] = "T", [0x23] = "U",
    [0x24] = "F", [0x25] = "H", [0x26] = "C",
    [0x27] = "\xC4\x8C", /* Ч Č */
    [0x28] = "\xC5\xA0", /* Ш Š */
    [0x30] = "a", [0x31] = "b", [0x32] = "v", [0x33] = "g", [0x34] = "d", [0x35] = "e",
    [0x36] = "\xC5\xBE", /* ж ž */
    [0x37] = "z", [0x38] = "i", [0x3A] = "k", [0x3B] = "l", [0x3C] = "m", [0x3D] = "n",
    [0x3E] = "o", [0x3F] = "p", [0x40] = "r", [0x41] = "s", [0x42] = "t", [0x43] = "u",
    [0x44] = "f", [0x45] = "h", [0x46] = "c",
    [0x47] = "\xC4\x8D", /* ч č */
    [0x48] = "\xC5\xA1", /* ш š */
    [0x52] = "\xC4\x91", /* ђ đ */
    [0x58] = "j",        /* ј */
    [0x59] = "lj",       /* љ */
    [0x5A] = "nj",       /* њ */
    [0x5B] = "\xC4\x87", /* ћ ć */
    [0x5F] = "d\xC5\xBE", /* џ dž */
};

/* Each table entry as length-prefixed bytes, so the loop copies without strlen. */
static unsigned char out_len[0x60];
static char out_bytes[0x60][4];

enum { CHUNK = 1 << 16 };

int main(void) {
    static unsigned char in[CHUNK + 1];
    static char out[CHUNK * 2 + 8];
    for (int k = 0; k < 0x60; k++) {
        if (LATIN[k] != NULL) {
            out_len[k] = (unsigned char)strlen(LATIN[k]);
            memcpy(out_bytes[k], LATIN[k], out_len[k]);
        }
    }
    size_t carry = 0; /* a lead byte left over from the previous chunk */
    size_t n;
    while ((n = fread(in + carry, 1, CHUNK, stdin)) > 0) {
        n += carry;
        carry = 0;
        size_t i = 0, o = 0;
        while (i < n) {
            unsigned char b = in[i];
            if ((b == 0xD0 || b == 0xD1) && i + 1 == n) {
                carry = 1; /* its second byte comes with the next read */
                break;
            }
            if (b == 0xD0 || b == 0xD1) {
                unsigned code = ((b & 0x1Fu) << 6 | (in[i + 1] & 0x3Fu)) - 0x400u;
                if (code < 0x60 && out_len[code] != 0) {
                    memcpy(out + o, out_bytes[code], 4);
                    o += out_len[code];
                } else {
                    out[o++] = (char)b;
                    out[o++] = (char)in[i + 1];
                }
                i += 2;
            } else {
                out[o++] = (char)b;
                i++;
            }
        }
        if (fwrite(out, 1, o, stdout) != o) {
            return 1;
        }
        if (carry) {
            in[0] = in[n - 1];
        }
    }
    if (carry) {
        fputc(in[0], stdout);
    }
    return ferror(stdin) || fflush(stdout) != 0;
}
