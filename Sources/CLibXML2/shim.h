#ifndef COPYDESK_CLIBXML2_SHIM_H
#define COPYDESK_CLIBXML2_SHIM_H

// xmlversion.h first: Debian's libxml2 is built with ICU, whose headers clash with
// Foundation's own copy ('UErrorCode' has different definitions). Undefine the switch
// before any other libxml2 header can pull ICU in.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlschemas.h>

/// Swift 6 rejects libxml2's global `xmlFree` function pointer; call it through a function.
static inline void CLibXML2_free(void *pointer) { xmlFree(pointer); }

#endif
