/* teiconv.h: the public interface of libteiconv, the library behind the
 * teiconv tool. It turns archival records into TEI P5, EAD, HTML and text.
 *
 * Ownership rule, kept everywhere: a function that hands back a new object
 * (tc_*_new, tc_*_parse, tc_*_build, char ** out-parameters) gives it to the
 * caller, who frees it with the matching tc_*_free (strings: free()).
 * Pointers returned by getters are borrowed and live as long as their owner.
 * All strings are UTF-8. The library never prints and never exits: it
 * returns a tc_status and appends human-readable diagnostics to a tc_diags.
 * libxml2's and libxslt's messages during its calls go to those diagnostics
 * (or are dropped), never to stderr; the error handlers of the host program
 * are restored after each call (libxml2's are per thread), and a libxslt
 * generic handler the host set before the first call is left in place.
 */
#ifndef TEICONV_H
#define TEICONV_H

#include <stdatomic.h>
#include <stddef.h>
#include <libxml/tree.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(TC_BUILDING_LIBRARY)
#define TC_API __attribute__((visibility("default")))
#else
#define TC_API
#endif

/* ---- status codes ------------------------------------------------------ */

typedef enum tc_status {
    TC_OK = 0,
    TC_E_USAGE,   /* the caller passed something meaningless */
    TC_E_INPUT,   /* the input is not a usable record or document */
    TC_E_INVALID, /* the document parsed but failed validation */
    TC_E_IO,      /* reading or writing a file failed */
    TC_E_NOMEM,   /* an allocation failed */
    TC_E_INTERNAL /* a stylesheet or schema of ours failed: a bug */
} tc_status;

/* A short English phrase for a status; static storage. */
TC_API const char *tc_status_str(tc_status st);

/* The library version, e.g. "0.1.0"; static storage. */
TC_API const char *tc_version(void);
/* The versions of the libraries running under it, e.g. "libxml2 2.9.14,
 * libxslt 1.1.35, libexslt 0.8.20"; static storage. */
TC_API const char *tc_library_versions(void);
/* The data folder (xsl/, schemas/) that tc_engine_new(NULL, ...) uses:
 * $TEICONV_DATADIR, else share/teiconv found relative to the installed
 * library or program (an install tree can be moved as a whole), else the
 * configured install folder. NULL when none holds the data; static
 * storage. */
TC_API const char *tc_datadir(void);

/* ---- diagnostics ------------------------------------------------------- */

typedef enum tc_severity {
    TC_SEV_NOTE = 0,
    TC_SEV_WARNING,
    TC_SEV_ERROR
} tc_severity;

/* One diagnostic. Read-only view; owned by the tc_diags it came from.
 * line/col are 1-based, 0 when unknown; xpath and hint may be NULL. */
typedef struct tc_diag {
    const char *file;
    long line;
    long col;
    const char *xpath;
    tc_severity severity;
    const char *code; /* stable, e.g. "TC101" */
    const char *message;
    const char *hint;
} tc_diag;

typedef struct tc_diags tc_diags;

/* A new, empty list; NULL when out of memory. Free with tc_diags_free. */
TC_API tc_diags *tc_diags_new(void);
TC_API void tc_diags_free(tc_diags *d);
TC_API size_t tc_diags_count(const tc_diags *d);
/* Number of diagnostics of severity error. */
TC_API size_t tc_diags_errors(const tc_diags *d);
TC_API const tc_diag *tc_diags_at(const tc_diags *d, size_t i);
/* Append a diagnostic; the strings are copied. Any of file, xpath and hint
 * may be NULL. A NULL d is accepted and ignored. */
TC_API void tc_diags_add(tc_diags *d, tc_severity sev, const char *code,
                         const char *file, long line, long col,
                         const char *xpath, const char *hint, const char *fmt,
                         ...) __attribute__((format(printf, 9, 10)));
/* Move every diagnostic of src to the end of dst; src ends empty. */
TC_API void tc_diags_take(tc_diags *dst, tc_diags *src);
/* Drop every diagnostic. */
TC_API void tc_diags_clear(tc_diags *d);

typedef enum tc_diag_style {
    TC_DIAG_TEXT, /* file:line:col: error[TC123]: message (at /xpath)\n  hint: … */
    TC_DIAG_JSON /* one JSON object, no trailing newline */
} tc_diag_style;

/* The diagnostic rendered in the given style. The caller frees it. */
TC_API char *tc_diag_format(const tc_diag *dg, tc_diag_style style);

/* ---- text input ---------------------------------------------------------- */

/* Check and normalise raw bytes of a text record: with encoding NULL or
 * "UTF-8" the bytes must be valid UTF-8 (an error names the first bad byte
 * offset); otherwise they are converted from that encoding with iconv.
 * A leading BOM is removed, CRLF and lone CR become LF, NUL bytes are
 * refused. On success *out (NUL-terminated, caller frees) and *out_len. */
TC_API tc_status tc_text_decode(const char *bytes, size_t len,
                                const char *encoding, const char *file,
                                char **out, size_t *out_len, tc_diags *d);

/* ---- records ------------------------------------------------------------- */

typedef struct tc_record tc_record;

/* Parse a decoded (UTF-8, LF) text record: a saved Digital Archive page
 * in any of its layouts, or the labelled "Label: value" format. file names
 * the input in diagnostics and may be NULL. On success *out is a record the
 * caller frees with tc_record_free. A record with no recognisable title or
 * body gives TC_E_INPUT and an error diagnostic. */
TC_API tc_status tc_record_parse(const char *text, size_t len, const char *file,
                                 tc_record **out, tc_diags *d);
TC_API void tc_record_free(tc_record *r);

/* ---- TEI ----------------------------------------------------------------- */

/* Build the TEI P5 document for a record. The caller frees *out with
 * xmlFreeDoc. */
TC_API tc_status tc_tei_build(const tc_record *r, xmlDocPtr *out, tc_diags *d);

/* ---- output formats ------------------------------------------------------ */

typedef enum tc_format {
    TC_FMT_TEI = 1u << 0,
    TC_FMT_EAD = 1u << 1,
    TC_FMT_EAD3 = 1u << 2,
    TC_FMT_HTML = 1u << 3,
    TC_FMT_TEXT = 1u << 4,
    TC_FMT_DC = 1u << 5
} tc_format;
#define TC_FMT_ALL   0x3fu
#define TC_FMT_COUNT 6

/* Parse "tei,ead,html" or "all" into a mask of tc_format bits. */
TC_API tc_status tc_formats_parse(const char *list, unsigned *mask);
/* Name ("tei") and file suffix (".tei.xml") of one format; static storage. */
TC_API const char *tc_format_name(tc_format f);
TC_API const char *tc_format_suffix(tc_format f);

/* ---- engine: compiled stylesheets, shared read-only by threads ----------- */

typedef struct tc_engine tc_engine;

/* An engine for the formats in the mask. datadir holds xsl/ and schemas/;
 * NULL means the one tc_datadir finds. Each stylesheet is compiled the
 * first time an input needs it, once (thread-safe): a run that writes only
 * TEI compiles none; a missing stylesheet of the mask is an error here
 * already. XSLT runs
 * with security preferences that forbid writing files, creating
 * directories and any network access; a refused access fails that
 * transformation.
 * Free with tc_engine_free. Safe to share between threads once built. */
TC_API tc_status tc_engine_new(const char *datadir, unsigned formats,
                               tc_engine **out, tc_diags *d);
TC_API void tc_engine_free(tc_engine *e);
/* Existing XML inputs (TEI, EAD) are checked against their schema first;
 * by default problems are warnings and a well-formed input is still
 * converted. With strict set, an input that fails is refused (TC_E_INVALID).
 * Set it before sharing the engine between threads. */
TC_API void tc_engine_set_strict(tc_engine *e, int strict);
/* With on 0, existing XML inputs are converted without that schema check
 * (for inputs known to be good: on a big TEI volume the check costs about
 * as much as the conversion). Default on. Set it before sharing the engine
 * between threads. */
TC_API void tc_engine_set_validate(tc_engine *e, int on);
/* The output gate: every XML output (TEI, EAD 2002, EAD3, DC) of
 * tc_convert_bytes and of a collection is validated in memory before it is
 * handed out, against the project's own schema (schemas/) where there is
 * one and the official one when the XML catalogs find it; an output that
 * fails is refused (error TC060, see tc_convert_bytes). With on 0 the gate
 * is off and invalid outputs reach the caller (unsafe: for debugging a
 * mapping). Default on. Set it before sharing the engine between threads. */
TC_API void tc_engine_set_output_check(tc_engine *e, int on);

/* Limits against hostile or broken inputs (SECURITY.md). */
#define TC_DEFAULT_MAX_SIZE ((size_t)256 << 20) /* bytes of one input */
/* libxml2's own nesting limit, kept because XML_PARSE_HUGE is never set:
 * the deepest element nesting an XML input may have, and the default. */
#define TC_MAX_DEPTH_CEILING 256u
/* max_size: the largest input in bytes (0: no limit); larger inputs are
 * refused with error TC009 (tc_convert_bytes, and the batch before it
 * reads a byte). max_depth: the deepest element nesting of an XML input,
 * 1..TC_MAX_DEPTH_CEILING (0: the ceiling); deeper ones are refused with
 * error TC056. TC_E_USAGE (limits unchanged) when max_depth is out of
 * range. A new engine has TC_DEFAULT_MAX_SIZE and TC_MAX_DEPTH_CEILING.
 * Set them before sharing the engine between threads. */
TC_API tc_status tc_engine_set_limits(tc_engine *e, size_t max_size,
                                      unsigned max_depth);
TC_API size_t tc_engine_max_size(const tc_engine *e);
/* The longest text node (adjacent ones counted as one), attribute value,
 * comment or processing instruction an input may have, in bytes; 0 = no
 * limit. An XML input is checked after its entities are expanded, a text
 * record on the TEI built from it; a longer node fails the input with
 * error TC059 (tc_convert_bytes). libxml2 stops XML nodes at 10,000,000
 * bytes whatever the limit. A new engine has TC_DEFAULT_MAX_NODE. Set it
 * before sharing the engine between threads. */
#define TC_DEFAULT_MAX_NODE ((size_t)8 << 20)
TC_API void tc_engine_set_max_node(tc_engine *e, size_t bytes);
TC_API size_t tc_engine_max_node(const tc_engine *e);
/* Publishing (teiconv convert --base-url, --repository, --extent): with
 * base_url the links of the outputs (EAD dao, DC identifier, HTML canonical
 * link) are absolute, base_url followed by the URL-escaped file name;
 * repository becomes the EAD repository (the source's archive stays in
 * originalsloc); extent replaces the EAD extent derived from the source
 * ("pp. 10-12": "3 pages", else "1 item"). NULL or "" leaves one unset.
 * The strings are copied. Set them before sharing the engine. */
TC_API tc_status tc_engine_set_publishing(tc_engine *e, const char *base_url,
                                          const char *repository,
                                          const char *extent);
/* The data directory in use; borrowed. */
TC_API const char *tc_engine_datadir(const tc_engine *e);

/* The user's own XSLT 1.0 stylesheet (teiconv convert --xsl): compiled
 * once here, then run on every input after the formats asked for, on the
 * input's TEI (a text record: the TEI built from it; an XML input: the
 * input document as read and normalised). It runs under the same security
 * preferences as ours: no file writes, no folders, no network, reads only
 * beside the stylesheet or the input; a refused access fails that input.
 * params is a NULL-terminated name/value list (copied), passed as literal
 * strings (quotes in a value cannot reach XPath), or NULL; the parameter
 * record-stem (the output stem) is passed too unless params sets it.
 * TC_E_IO (TC210) when the file cannot be read, TC_E_USAGE (TC211) when it
 * does not compile. Call before sharing the engine between threads. */
TC_API tc_status tc_engine_set_user_stylesheet(tc_engine *e, const char *path,
                                               const char *const *params,
                                               tc_diags *d);
/* The default file suffix of the user's output: ".NAME.EXT", NAME being
 * the stylesheet's file name without .xsl/.xslt and EXT "txt", "html" or
 * "xml" after its xsl:output method (xml when it names none); NULL
 * without a user stylesheet. Borrowed. */
TC_API const char *tc_engine_user_suffix(const tc_engine *e);

/* The loss report: with on, every TEI input converted into EAD, EAD3, DC,
 * HTML or text also goes through xsl/report/tei-loss.xsl (compiled here,
 * once), and each header field with no place in the formats made, and
 * each part of the text the renderings do not show, becomes a note TC200
 * ("dropped: /teiHeader/...: "value" has no place in EAD or Dublin
 * Core", "... is not shown in HTML or text") in the input's diagnostics.
 * Off, the stylesheet still runs on TEI inputs made into EAD or EAD3,
 * for the summary warning TC201 alone. Call before sharing the engine. */
TC_API tc_status tc_engine_set_loss_report(tc_engine *e, int on, tc_diags *d);

/* Render a TEI document into a non-TEI format (EAD, EAD3, HTML, TEXT, DC).
 * params is a NULL-terminated name/value list of XPath string parameters
 * (values are passed as literal strings), or NULL. On success *out (caller
 * frees with free()) holds *out_len bytes. */
TC_API tc_status tc_render(const tc_engine *e, tc_format f, xmlDocPtr tei,
                           const char **params, char **out, size_t *out_len,
                           tc_diags *d);

/* ---- converting one input ----------------------------------------------- */

/* What to make of one input. Zero-initialise, then set what you need. */
/* The summary rule of a TEI text's finding aid (EAD, EAD3 of TEI inputs
 * that are not teiconv's records): components are listed down to
 * dsc_max_depth levels (0: every level) and, when the text has more than
 * dsc_max_components divisions (0: TC_DSC_MAX_COMPONENTS; negative: no
 * limit), down to the deepest level that keeps within that many; the
 * divisions below are counted in their component, not listed, and a
 * warning TC201 says how many. */
#define TC_DSC_MAX_COMPONENTS 20000

typedef struct tc_convert_opts {
    unsigned formats;        /* mask of tc_format bits */
    const char *encoding;    /* text records: legacy encoding, NULL = UTF-8 */
    const char *stem;        /* output file stem, passed to the stylesheets
                              (links between a record's outputs) */
    unsigned dsc_max_depth;  /* the summary rule above; 0: every level */
    long dsc_max_components; /* 0: TC_DSC_MAX_COMPONENTS, < 0: no limit */
    const char *index_href;  /* the HTML page links back to this index
                                page (a URL relative to the page, e.g.
                                "../index.html"); NULL = no such link */
} tc_convert_opts;

/* The rendered outputs of one input, in memory. data[i] belongs to the
 * format at table position i (see tc_format_slot); NULL when not made.
 * An output the gate refused (tc_engine_set_output_check) is not in data:
 * its bytes are in invalid[i] (for inspection only) and its format bit in
 * refused. */
typedef struct tc_result {
    char *data[TC_FMT_COUNT];
    size_t len[TC_FMT_COUNT];
    char *user; /* the user stylesheet's output, NULL when none */
    size_t user_len;
    char *invalid[TC_FMT_COUNT]; /* refused outputs, NULL when none */
    size_t invalid_len[TC_FMT_COUNT];
    unsigned refused; /* mask of the formats refused */
    unsigned failed;  /* mask of the formats whose rendering failed */
} tc_result;

/* Position of a format in tc_result (0..TC_FMT_COUNT-1), -1 if unknown. */
TC_API int tc_format_slot(tc_format f);

/* Convert the bytes of one input (a text record, or an existing TEI P5,
 * EAD 2002 or EAD3 document, told apart by its root element) into every
 * requested format. XML inputs are first checked against their official
 * schema (see tc_engine_set_strict). A format that cannot be made from the
 * input (EAD to TEI) is left out with a warning (res->data[i] stays NULL);
 * TC_E_INPUT when none can. file names it in diagnostics. On success the
 * caller frees res's buffers with tc_result_clear. TC_E_INVALID when the
 * output gate refused one or more outputs (error TC060 each): the input
 * has failed, but res holds the other outputs, to be written as on
 * success, and the refused ones (res->invalid, res->refused); the caller
 * frees them with tc_result_clear too. A format whose rendering failed
 * (res->failed; its errors in d) fails the input with that rendering's
 * status, and res still holds the other formats' outputs, to be written
 * and freed the same way. On any other failure nothing is left in res;
 * tc_result_clear is always safe to call after tc_convert_bytes. */
TC_API tc_status tc_convert_bytes(const tc_engine *e, const char *bytes,
                                  size_t len, const char *file,
                                  const tc_convert_opts *opts, tc_result *res,
                                  tc_diags *d);
TC_API void tc_result_clear(tc_result *res);

/* ---- validation (src/validate*.c) --------------------------------------- */

/* Document types teiconv validates. */
typedef enum tc_doctype {
    TC_DOC_UNKNOWN = 0,
    TC_DOC_TEI,  /* TEI P5: root TEI or teiCorpus in the TEI namespace */
    TC_DOC_EAD,  /* EAD 2002: root ead, namespaced or not */
    TC_DOC_EAD3, /* EAD3: root ead in http://ead3.archivists.org/schema/ */
    TC_DOC_DC    /* a Dublin Core record: root dc in
                    http://www.openarchives.org/OAI/2.0/oai_dc/ (what
                    -t dc writes), validated against schemas/oai_dc.rng */
} tc_doctype;

/* The type of a parsed document from its root element and namespace. */
TC_API tc_doctype tc_doctype_detect(xmlDocPtr doc);
/* "tei", "ead", "ead3" or "unknown"; static storage. */
TC_API const char *tc_doctype_name(tc_doctype t);
/* Parse "tei", "ead" (or "ead2002"), "ead3", "dc" (or "oai_dc");
 * TC_DOC_UNKNOWN otherwise. */
TC_API tc_doctype tc_doctype_parse(const char *name);

/* The published URL of the official schema for a type (TEI: tei_all.rng,
 * EAD 2002: ead.xsd, EAD3: ead3.rng); NULL for TC_DOC_UNKNOWN and for
 * TC_DOC_DC (whose schema is teiconv's own schemas/oai_dc.rng). These URLs
 * are only ever resolved through XML catalogs, never fetched. */
TC_API const char *tc_doctype_schema_url(tc_doctype t);

/* What a validator checks against. Zero-initialise, then set what you need. */
typedef struct tc_validator_opts {
    const char *schema;  /* a RELAX NG (.rng) or XSD file, or a URL mapped by
                            a catalog; NULL: the document's <?xml-model?>,
                            else the official schema of its type */
    tc_doctype as;       /* treat every document as this type; 0 = detect */
    const char *catalog; /* an OASIS XML catalog to load (added to
                            XML_CATALOG_FILES); NULL for none */
    int own;             /* 1: the project's own schema for the type
                            (schemas/teiconv-tei.rng for TEI) instead */
    const char *datadir; /* where schemas/ is; NULL as for tc_engine_new */
    int no_rules;        /* 1: skip the rule checks (schema only) */
    size_t max_node;     /* the longest node a document may have, as for
                            tc_engine_set_max_node, checked after XInclude
                            (error TC059, TC_E_INPUT); 0 = no limit */
} tc_validator_opts;

typedef struct tc_validator tc_validator;

/* A validator. Schemas are read and compiled on first use and kept: once
 * made it can be shared by threads (tc_validate_* are thread-safe; each
 * call uses its own validation context). The network is never used: URLs
 * resolve through XML catalogs to local files or fail with a diagnostic
 * saying how to provide the schema. A --schema that cannot be read or
 * compiled fails here. Free with tc_validator_free. */
TC_API tc_status tc_validator_new(const tc_validator_opts *o,
                                  tc_validator **out, tc_diags *d);
TC_API void tc_validator_free(tc_validator *v);

/* Every transformation (ours and --xsl ones) has a time budget, seconds
 * of wall time (default TC_DEFAULT_XSLT_SECONDS, 0 = none): past it the
 * transformation stops and the input fails with error TC023.
 * tc_request_stop stops every running transformation (error TC024) and
 * every later one; it is async-signal-safe, for SIGINT/SIGTERM handlers.
 * Process-wide. */
#define TC_DEFAULT_XSLT_SECONDS 300.0
TC_API void tc_set_xslt_time_limit(double seconds);
TC_API void tc_request_stop(void);

/* Every validation of a document (tc_validate_doc and what calls it:
 * convert's check of its XML inputs and its output gate) has a time
 * budget too, seconds of wall time from its start (default
 * TC_DEFAULT_VALIDATE_SECONDS, 0 = none): past it, or after
 * tc_request_stop, the RELAX NG walk and the rule checks stop within a few
 * milliseconds, with error TC307 (TC_E_INPUT), or TC308 after a stop
 * (TC_E_INTERNAL; a validation that has run under 0.1 s is let finish). libxml2's XSD validation (EAD 2002) cannot be stopped:
 * it is only not started once the budget is spent. Process-wide. */
#define TC_DEFAULT_VALIDATE_SECONDS 300.0
TC_API void tc_set_validate_time_limit(double seconds);

/* What inputs may make teiconv read. XInclude, <?xml-model?> schemas (and
 * what they include) and document() in stylesheets reach only regular
 * files (never FIFOs, devices or sockets) inside the folder tree of the
 * input (for --xsl, also of the stylesheet) after resolving symbolic
 * links; a refused read is warning TC057 and an xi:fallback stands in.
 * tc_allow_read adds a folder tree every input may read (TC_E_USAGE if it
 * is not a folder); tc_set_include_max bounds the bytes those reads may
 * bring in for one input (default TC_DEFAULT_MAX_SIZE, 0 = no limit).
 * Process-wide: call both before any conversion or validation starts. */
TC_API tc_status tc_allow_read(const char *dir);
TC_API void tc_set_include_max(size_t bytes);

/* Compiled RELAX NG grammars are kept across runs in the user's cache
 * folder ($XDG_CACHE_HOME/teiconv/grammars, else ~/.cache/teiconv/grammars)
 * and used again while the schema files they came from are unchanged
 * (README.md, "The grammar cache"). tc_set_schema_cache(0) turns that off,
 * as the environment variable TEICONV_NO_CACHE=1 does. Process-wide: call
 * it before any validation starts. */
TC_API void tc_set_schema_cache(int on);

/* Validate a parsed document: XInclude (with fallback) is applied, a
 * no-namespace EAD is put into the EAD namespace, then the schema and the
 * rule checks run. doc is modified in those two ways. file names it in
 * diagnostics. TC_OK when valid (warnings may be added), TC_E_INVALID
 * when not, TC_E_INPUT when no schema applies, TC_E_IO / TC_E_INTERNAL
 * when the schema cannot be had. */
TC_API tc_status tc_validate_doc(tc_validator *v, xmlDocPtr doc,
                                 const char *file, tc_diags *d);
/* Parse XML bytes as validation does: no network, no DTD loading, line
 * numbers past 65535 kept; not well-formed gives TC_E_INPUT with
 * diagnostics. The caller frees *out with xmlFreeDoc. */
TC_API tc_status tc_xml_read(const char *bytes, size_t len, const char *file,
                             xmlDocPtr *out, tc_diags *d);
/* The same for XML bytes (parsed safely: no network, no DTD loading);
 * not well-formed gives TC_E_INPUT. Convert uses this on its outputs. */
TC_API tc_status tc_validate_bytes(tc_validator *v, const char *bytes,
                                   size_t len, const char *file, tc_diags *d);
/* Move every diagnostic of src to the end of dst, filling in the column
 * where it is unknown: libxml2 keeps no columns for nodes, so the start tag
 * of the element (or the attribute) the XPath names is found on its line in
 * bytes, the document's source. Columns count characters from 1. */
TC_API void tc_validate_locate(tc_diags *dst, tc_diags *src, const char *bytes,
                               size_t len);
/* The same for a file on disk (TC_E_IO when it cannot be read). */
TC_API tc_status tc_validate_file(tc_validator *v, const char *path,
                                  tc_diags *d);

/* Only the rule checks that schemas cannot express (dates, identifiers,
 * language codes, EAD did, summary vs title, empty elements). Errors and
 * warnings go to d; TC_E_INVALID when any error was added. */
TC_API tc_status tc_validate_rules(xmlDocPtr doc, const char *file,
                                   tc_diags *d);

/* Record identifiers seen in a batch, to report duplicates. Thread-safe. */
typedef struct tc_idset tc_idset;
TC_API tc_idset *tc_idset_new(void);
TC_API void tc_idset_free(tc_idset *s);
/* Note the record ID of doc (TEI publicationStmt/idno[@type='record'],
 * EAD eadid, EAD3 recordid); an error diagnostic names the first file
 * that had it when it is a duplicate (TC_E_INVALID then). IDs are compared
 * per document type: the TEI, EAD and EAD3 of one record share one. */
TC_API tc_status tc_idset_check(tc_idset *s, xmlDocPtr doc, const char *file,
                                tc_diags *d);

/* ---- files --------------------------------------------------------------- */

/* Write data to path atomically: a temporary file in the same folder,
 * renamed into place, so that path never holds a partial file. With
 * sync, fsync before renaming. An error diagnostic names the path. */
TC_API tc_status tc_file_write_atomic(const char *path, const char *data,
                                      size_t len, int sync, tc_diags *d);

/* ---- official schemas (teiconv schemas; src/lib/schemas/) ---------------- */

/* One official schema file teiconv can install: what it is, its path in the
 * schemas folder (and in a --from folder or mirror), its official URL and
 * the SHA-256 pinned for it. */
typedef struct tc_schema_file {
    const char *title;
    const char *path;
    const char *url;
    const char *sha256;
} tc_schema_file;

TC_API size_t tc_schemas_count(void);
TC_API const tc_schema_file *tc_schemas_at(size_t i);
/* Where 'schemas install' writes: $TEICONV_SCHEMAS_DIR, else as root
 * /var/lib/teiconv/schemas, else $XDG_DATA_HOME/teiconv/schemas (default
 * ~/.local/share/teiconv/schemas). Caller frees; NULL without a home. */
TC_API char *tc_schemas_dir(void);
/* The installed catalog.xml that validation loads by default: in
 * $TEICONV_SCHEMAS_DIR if set, else the user's folder, then the system
 * one. Caller frees; NULL when none is installed. */
TC_API char *tc_schemas_catalog_find(void);
/* Called before each file is fetched. */
typedef void (*tc_schemas_progress)(const tc_schema_file *f, void *user);
/* Install every official schema and a catalog.xml mapping their URLs into
 * dest. from: NULL downloads from the official URLs (libcurl, http/https:
 * the only network access in teiconv); a folder or a base http(s) URL is
 * read instead, holding the files under their paths. Each file must match
 * its pinned SHA-256 (else TC_E_INVALID, error TC501). Everything is
 * written into a new folder beside dest and renamed into place at the end:
 * on failure dest is as it was and nothing is left behind. */
TC_API tc_status tc_schemas_install(const char *from, const char *dest,
                                    tc_schemas_progress progress, void *user,
                                    tc_diags *d);
/* File i in dir: 1 present with the pinned checksum, 0 present but
 * different, -1 missing or unreadable. */
TC_API int tc_schemas_check(const char *dir, size_t i);

/* Serialise an XML document (indented, UTF-8, with declaration). */
TC_API tc_status tc_xml_serialize(xmlDocPtr doc, char **out, size_t *out_len);

/* ---- collection: one finding aid for many records ----------------------- */

/* The records of a batch gathered for one EAD finding aid (archdesc
 * level="collection", each record a c level="item", sorted by date) and
 * one index page. Only each record's header and the heads and datelines
 * of its text divisions are kept. Not thread-safe: add from one thread. */
typedef struct tc_collection tc_collection;
TC_API tc_collection *tc_collection_new(void); /* NULL: out of memory */
TC_API void tc_collection_free(tc_collection *c);
/* Add the record whose TEI is in the file tei_path; stem is its output
 * stem relative to the output folder ("sub/rec3"), which links its item
 * to stem.html. A file that is not TEI is refused (TC095). */
TC_API tc_status tc_collection_add_file(tc_collection *c, const char *tei_path,
                                        const char *stem, tc_diags *d);
TC_API size_t tc_collection_count(const tc_collection *c);
/* The finding aid's file name relative to the index page
 * ("collection.ead.xml"): the index then links to it. NULL: no link (the
 * default). The name is copied. TC_E_NOMEM when it cannot be. */
TC_API tc_status tc_collection_set_finding_aid(tc_collection *c,
                                               const char *name);
/* Render the finding aid (f = TC_FMT_EAD, EAD 2002) or the index page
 * (TC_FMT_HTML) under the engine's security preferences. title and id may
 * be NULL (the stylesheets then say "Collection of N records"). The
 * finding aid passes the output gate: TC_E_INVALID (TC060, nothing in
 * *out) when it fails. */
TC_API tc_status tc_collection_render(const tc_engine *e,
                                      const tc_collection *c, tc_format f,
                                      const char *title, const char *id,
                                      char **out, size_t *out_len, tc_diags *d);

/* ---- batch: many inputs, in parallel ------------------------------------ */

/* What happened to one input of a batch. */
typedef enum tc_item_state {
    TC_ITEM_OK = 0,  /* converted, outputs written */
    TC_ITEM_SKIPPED, /* outputs already newer than the input (no --force) */
    TC_ITEM_FAILED   /* unusable input or write error: see diags */
} tc_item_state;

/* One finished input, handed to tc_batch_opts.on_item. Everything is
 * borrowed and valid only during the call. */
typedef struct tc_batch_item {
    size_t index;         /* position in the batch (input order, 0-based) */
    const char *path;     /* the input as found (argument, walk or list) */
    const char *out_base; /* output path without suffix: OUT/rel/stem */
    tc_item_state state;
    tc_status status;        /* TC_OK unless failed */
    unsigned outputs;        /* formats whose OUT/rel/stem<suffix> was written
                               (or, when skipped, is up to date) */
    const tc_diags *diags;   /* this input's diagnostics */
    double ms;               /* wall time spent on it, milliseconds */
    const char *user_output; /* OUT/rel/stem<user_suffix> when written (or
                               up to date), else NULL */
    unsigned failed;         /* formats that failed on their own (rendering
                               stopped, output refused by the gate) while
                               the others were written */
} tc_batch_item;

/* Progress, for a progress bar. done counts reported inputs. */
typedef struct tc_batch_progress {
    size_t done;
    size_t total;
    size_t failed;
    size_t skipped;
    double seconds; /* since the workers started */
} tc_batch_progress;

typedef void (*tc_batch_item_fn)(const tc_batch_item *item, void *user);
typedef void (*tc_batch_progress_fn)(const tc_batch_progress *p, void *user);

/* A batch. Zero-initialise, then set what you need. */
typedef struct tc_batch_opts {
    unsigned formats;         /* mask of tc_format bits */
    const char *encoding;     /* text records' legacy encoding, NULL = UTF-8 */
    const char *outdir;       /* output root (created); NULL = "." */
    const char *files_from;   /* also read input paths from this file, one
                                  a line ("-" = standard input); NULL = none */
    int files_from_nul;       /* the list is NUL-separated, not lines */
    int jobs;                 /* worker threads; <= 0: online CPUs */
    int sync;                 /* fsync each output before renaming it */
    int force;                /* redo inputs whose outputs are up to date */
    unsigned shard_index;     /* with shard_count > 0: keep only inputs of */
    unsigned shard_count;     /* slice shard_index (1-based) of shard_count */
    const atomic_int *stop;   /* when it turns non-zero: take no new
                                  input, finish those in flight, return */
    tc_batch_item_fn on_item; /* each input, in input order; may be NULL */
    tc_batch_progress_fn on_progress; /* a few times a second; may be NULL */
    void *user;                       /* passed to both callbacks */
    const char *user_suffix; /* with a user stylesheet on the engine: its
                                  output goes to OUT/rel/stem<user_suffix>
                                  (NULL: tc_engine_user_suffix) */
    int follow_links;        /* walked folders: also read files whose
                                  symbolic links lead outside the folder
                                  walked (default: skipped, note TC096) */
    unsigned dsc_max_depth;  /* as in tc_convert_opts */
    long dsc_max_components; /* as in tc_convert_opts */
    const char *index_page;  /* a page at the output root ("index.html")
                                  every HTML output links back to (each
                                  from its own folder); NULL = none */
    int keep_invalid;        /* an output the gate refused is written anyway
                                  as OUT/rel/stem.FMT.invalid.xml (warning
                                  TC061); the input still fails */
} tc_batch_opts;

/* The counts of a finished (or stopped) batch. */
typedef struct tc_batch_stats {
    size_t total; /* inputs in this batch (this shard) */
    size_t ok;
    size_t skipped;
    size_t failed;
    size_t not_started; /* left untouched because of a stop */
    int stopped;        /* *opts->stop was seen */
    tc_status worst;    /* most severe status of a failed input */
} tc_batch_stats;

/* Convert many inputs with opts->jobs threads sharing e read-only.
 * Inputs are files or folders (walked recursively for *.txt and *.xml in
 * any case, skipping hidden entries and the output folder; an input folder
 * that is the output folder is converted in place, leaving out the files
 * named like the outputs asked for), plus opts->files_from.
 * Outputs mirror the inputs: a folder's file a/b/x.txt becomes
 * OUT/a/b/x<suffix>; a file named directly becomes OUT/x<suffix>; a
 * relative listed path keeps its folders. Each output is written atomically;
 * leftover temporaries of an earlier killed run are removed first. An input
 * whose outputs are all newer than it is skipped unless opts->force. With
 * a shard, an input belongs to slice 1 + hash(its output path) mod count,
 * so the slices of N runs add up to exactly one full run.
 * Callbacks run on the batch's threads but never concurrently; on_item sees
 * the inputs in input order whatever the number of jobs. Returns TC_OK when
 * the batch ran (inputs may still have failed: see stats), or an error with
 * a diagnostic in d when it could not start (unreadable list, output folder
 * not creatable). */
TC_API tc_status tc_batch_run(const tc_engine *e, const char *const *inputs,
                              size_t ninputs, const tc_batch_opts *opts,
                              tc_batch_stats *stats, tc_diags *d);

/* Validate many inputs as tc_validate_doc does, with opts->jobs threads
 * sharing v. Inputs as for tc_batch_run, but a walked folder gives only its
 * *.xml files; of opts only files_from, files_from_nul, jobs, shard_*,
 * stop, follow_links and the callbacks count (nothing is written). Each
 * on_item has state TC_ITEM_OK when the input is valid, else
 * TC_ITEM_FAILED with status TC_E_INVALID (or why it could not be read);
 * its diags carry columns. Record IDs are checked for uniqueness per
 * document type across the batch, in input order (error TC405 names the
 * first file), so the result never depends on thread timing. Inputs
 * larger than max_size bytes (0 = no limit) are refused unread. Returns
 * as tc_batch_run. */
TC_API tc_status tc_batch_validate(tc_validator *v, const char *const *inputs,
                                   size_t ninputs, const tc_batch_opts *opts,
                                   size_t max_size, tc_batch_stats *stats,
                                   tc_diags *d);

#ifdef __cplusplus
}
#endif
#endif /* TEICONV_H */
