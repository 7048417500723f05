// ICU behind an opaque header. Swift must never see <unicode/*.h>: Foundation carries its own ICU module and
// any ICU type shown to Swift clashes with it (see ../shared/docs/SWIFT-ON-LINUX.md). Only stdint types and
// opaque structs cross this boundary. ICU's per-version symbol renaming (ubrk_open_72) is hidden in cicu.c.
//
// Status codes follow ICU: > 0 is an error, <= 0 (warnings included) is success.
#ifndef BLOTTER_CICU_H
#define BLOTTER_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Sentence and word break iterators for one locale, reusable over many texts on one thread.
typedef struct cicu_segmenter cicu_segmenter;

/// Opens the iterators. Returns NULL and an error in *status on failure.
cicu_segmenter *cicu_segmenter_open(const char *locale, int32_t *status);
void cicu_segmenter_close(cicu_segmenter *segmenter);

/// Sentence boundaries over UTF-8 text, as UTF-8 byte offsets, the first being 0 and the last `length`.
/// `boundaries` must hold `length + 1` values. Returns the number written, or -1 with *status set.
int32_t cicu_sentence_boundaries(cicu_segmenter *segmenter, const char *utf8, int32_t length,
                                 int32_t *boundaries, int32_t *status);

/// Word boundaries over UTF-8 text with the rule status of the segment that ends at each boundary
/// (0 none/space/punctuation, 100-199 number, 200-299 letter, 300-399 kana, 400-499 ideograph).
/// Both arrays must hold `length + 1` values. Returns the number of boundaries, or -1 with *status set.
int32_t cicu_word_boundaries(cicu_segmenter *segmenter, const char *utf8, int32_t length,
                             int32_t *boundaries, int32_t *rule_status, int32_t *status);

/// Converts bytes in the named charset to UTF-8. Returns the UTF-8 length; when it exceeds `capacity`,
/// nothing useful is written and *status is the buffer-overflow error (15): call again with room.
int32_t cicu_convert_to_utf8(const char *charset, const char *source, int32_t source_length,
                             char *destination, int32_t capacity, int32_t *status);

/// Guesses the charset of bytes. Writes its NUL-terminated name (at most name_capacity bytes) and a
/// confidence 0-100. Returns 1 when a guess was made, 0 otherwise.
int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity,
                            int32_t *confidence, int32_t *status);

/// NFKC normalisation of UTF-8 text into UTF-8. Returns the output length; when it exceeds `capacity`,
/// call again with room (as cicu_convert_to_utf8).
int32_t cicu_nfkc_utf8(const char *source, int32_t source_length, char *destination, int32_t capacity,
                       int32_t *status);

/// True when the charset name is known to ICU's converters.
int32_t cicu_charset_is_known(const char *charset);

#ifdef __cplusplus
}
#endif
#endif
