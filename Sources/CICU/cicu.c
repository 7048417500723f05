// The only file that includes ICU headers. Each function is a thin, checked wrapper; see CICU.h.
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

struct cicu_segmenter {
    UBreakIterator *sentences;
    UBreakIterator *words;
};

_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode crosses the boundary as int32_t");

cicu_segmenter *cicu_segmenter_open(const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    cicu_segmenter *segmenter = calloc(1, sizeof(cicu_segmenter));
    if (segmenter == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    segmenter->sentences = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &code);
    if (U_SUCCESS(code)) segmenter->words = ubrk_open(UBRK_WORD, locale, NULL, 0, &code);
    *status = code;
    if (U_FAILURE(code)) { cicu_segmenter_close(segmenter); return NULL; }
    return segmenter;
}

void cicu_segmenter_close(cicu_segmenter *segmenter) {
    if (segmenter == NULL) return;
    if (segmenter->sentences) ubrk_close(segmenter->sentences);
    if (segmenter->words) ubrk_close(segmenter->words);
    free(segmenter);
}

static int32_t run_iterator(UBreakIterator *iterator, const char *utf8, int32_t length,
                            int32_t *boundaries, int32_t *rule_status, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUTF8(&text, utf8, length, &code);
    if (U_FAILURE(code)) { *status = code; return -1; }
    ubrk_setUText(iterator, &text, &code);
    if (U_FAILURE(code)) { utext_close(&text); *status = code; return -1; }
    int32_t count = 0;
    for (int32_t at = ubrk_first(iterator); at != UBRK_DONE && count <= length; at = ubrk_next(iterator)) {
        boundaries[count] = at;  // native indexes of a UTF-8 UText are byte offsets
        if (rule_status) rule_status[count] = ubrk_getRuleStatus(iterator);
        count++;
    }
    // Detach the iterator from the caller's buffer before it goes away.
    ubrk_setText(iterator, NULL, 0, &code);
    utext_close(&text);
    *status = U_ZERO_ERROR;
    return count;
}

int32_t cicu_sentence_boundaries(cicu_segmenter *segmenter, const char *utf8, int32_t length,
                                 int32_t *boundaries, int32_t *status) {
    return run_iterator(segmenter->sentences, utf8, length, boundaries, NULL, status);
}

int32_t cicu_word_boundaries(cicu_segmenter *segmenter, const char *utf8, int32_t length,
                             int32_t *boundaries, int32_t *rule_status, int32_t *status) {
    return run_iterator(segmenter->words, utf8, length, boundaries, rule_status, status);
}

int32_t cicu_convert_to_utf8(const char *charset, const char *source, int32_t source_length,
                             char *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t written = ucnv_convert("UTF-8", charset, destination, capacity, source, source_length, &code);
    *status = code;
    return written;
}

int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity,
                            int32_t *confidence, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    ucsdet_setText(detector, bytes, length, &code);
    const UCharsetMatch *match = U_SUCCESS(code) ? ucsdet_detect(detector, &code) : NULL;
    int32_t found = 0;
    if (match != NULL && U_SUCCESS(code)) {
        const char *guess = ucsdet_getName(match, &code);
        *confidence = ucsdet_getConfidence(match, &code);
        if (guess != NULL && U_SUCCESS(code) && (int32_t)strlen(guess) < name_capacity) {
            strcpy(name, guess);
            found = 1;
        }
    }
    ucsdet_close(detector);
    *status = code;
    return found;
}

int32_t cicu_nfkc_utf8(const char *source, int32_t source_length, char *destination, int32_t capacity,
                       int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = unorm2_getNFKCInstance(&code);
    if (U_FAILURE(code)) { *status = code; return 0; }
    int32_t utf16_length = 0;
    u_strFromUTF8(NULL, 0, &utf16_length, source, source_length, &code);
    if (code != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(code)) { *status = code; return 0; }
    code = U_ZERO_ERROR;
    UChar *input = malloc(sizeof(UChar) * (size_t)(utf16_length + 1));
    int32_t output_capacity = utf16_length * 4 + 16;  // NFKC expands at most ~18x; retry covers the rest
    UChar *output = malloc(sizeof(UChar) * (size_t)output_capacity);
    int32_t result = 0;
    if (input == NULL || output == NULL) { code = U_MEMORY_ALLOCATION_ERROR; goto done; }
    u_strFromUTF8(input, utf16_length + 1, NULL, source, source_length, &code);
    if (U_FAILURE(code)) goto done;
    int32_t normalized = unorm2_normalize(normalizer, input, utf16_length, output, output_capacity, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR) {
        code = U_ZERO_ERROR;
        free(output);
        output_capacity = normalized + 1;
        output = malloc(sizeof(UChar) * (size_t)output_capacity);
        if (output == NULL) { code = U_MEMORY_ALLOCATION_ERROR; goto done; }
        normalized = unorm2_normalize(normalizer, input, utf16_length, output, output_capacity, &code);
    }
    if (U_FAILURE(code)) goto done;
    u_strToUTF8(destination, capacity, &result, output, normalized, &code);
done:
    free(input);
    free(output);
    *status = code;
    return result;
}

int32_t cicu_charset_is_known(const char *charset) {
    UErrorCode code = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &code);
    if (converter != NULL) ucnv_close(converter);
    return U_SUCCESS(code) && converter != NULL;
}
