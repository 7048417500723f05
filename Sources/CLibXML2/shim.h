// libxml2 as Swift sees it. See ../shared/docs/SWIFT-ON-LINUX.md for why each line is here.
#ifndef BLOTTER_CLIBXML2_SHIM_H
#define BLOTTER_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; encoding.h would then pull ICU headers into Swift and clash with
// Foundation's own ICU module ("'UErrorCode' has different definitions"). Blotter converts every page to
// UTF-8 itself, so libxml2's ICU-backed encoding handlers are never needed from Swift.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function-pointer variable, which Swift 6 rejects as not concurrency-safe.
static inline void blotter_xml_free(void *pointer) { xmlFree(pointer); }

// xmlParserVersion is a macro that Swift cannot see.
static inline const char *blotter_xml_parser_version(void) { return xmlParserVersion; }

static void blotter_xml_silent_error(void *context, const char *message, ...) {
    (void)context; (void)message;
}
static void blotter_xml_silent_structured(void *context, xmlErrorPtr error) {
    (void)context; (void)error;
}

// Error handlers are per thread in libxml2 2.9: the xmlThrDef variants set the default for threads not
// yet started, the plain ones the calling thread. Variadic handlers cannot be written in Swift.
static inline void blotter_xml_silence_errors(void) {
    xmlThrDefSetGenericErrorFunc(NULL, blotter_xml_silent_error);
    xmlThrDefSetStructuredErrorFunc(NULL, blotter_xml_silent_structured);
    xmlSetGenericErrorFunc(NULL, blotter_xml_silent_error);
    xmlSetStructuredErrorFunc(NULL, blotter_xml_silent_structured);
}

#endif
