/* lang.c: the table of languages common in diplomatic archives, with their
 * English names, BCP 47 tags and ISO 639-2/B codes. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "record/lang.h"

typedef struct lang_row {
    const char *name;
    const char *bcp47;
    const char *iso;
} lang_row;

/* Sorted by nothing in particular; linear search is fine for ~130 rows.
 * Serbo-Croatian has no ISO 639-2 code since scr/scc were withdrawn: its
 * ISO 639-3 code stands in (EAD's langcode is an NMTOKEN). */
static const lang_row langs[] = {
    {"English", "en", "eng"},        {"Russian", "ru", "rus"},
    {"Chinese", "zh", "chi"},        {"German", "de", "ger"},
    {"French", "fr", "fre"},         {"Spanish", "es", "spa"},
    {"Portuguese", "pt", "por"},     {"Italian", "it", "ita"},
    {"Japanese", "ja", "jpn"},       {"Korean", "ko", "kor"},
    {"Vietnamese", "vi", "vie"},     {"Polish", "pl", "pol"},
    {"Czech", "cs", "cze"},          {"Slovak", "sk", "slo"},
    {"Hungarian", "hu", "hun"},      {"Romanian", "ro", "rum"},
    {"Bulgarian", "bg", "bul"},      {"Serbian", "sr", "srp"},
    {"Croatian", "hr", "hrv"},       {"Serbo-Croatian", "sh", "hbs"},
    {"Slovenian", "sl", "slv"},      {"Macedonian", "mk", "mac"},
    {"Albanian", "sq", "alb"},       {"Greek", "el", "gre"},
    {"Turkish", "tr", "tur"},        {"Arabic", "ar", "ara"},
    {"Persian", "fa", "per"},        {"Farsi", "fa", "per"},
    {"Hebrew", "he", "heb"},         {"Hindi", "hi", "hin"},
    {"Urdu", "ur", "urd"},           {"Bengali", "bn", "ben"},
    {"Mongolian", "mn", "mon"},      {"Ukrainian", "uk", "ukr"},
    {"Belarusian", "be", "bel"},     {"Georgian", "ka", "geo"},
    {"Armenian", "hy", "arm"},       {"Azerbaijani", "az", "aze"},
    {"Kazakh", "kk", "kaz"},         {"Uzbek", "uz", "uzb"},
    {"Estonian", "et", "est"},       {"Latvian", "lv", "lav"},
    {"Lithuanian", "lt", "lit"},     {"Finnish", "fi", "fin"},
    {"Swedish", "sv", "swe"},        {"Norwegian", "no", "nor"},
    {"Danish", "da", "dan"},         {"Dutch", "nl", "dut"},
    {"Indonesian", "id", "ind"},     {"Malay", "ms", "may"},
    {"Thai", "th", "tha"},           {"Khmer", "km", "khm"},
    {"Lao", "lo", "lao"},            {"Burmese", "my", "bur"},
    {"Tagalog", "tl", "tgl"},        {"Swahili", "sw", "swa"},
    {"Amharic", "am", "amh"},        {"Afrikaans", "af", "afr"},
    {"Latin", "la", "lat"},          {"Yiddish", "yi", "yid"},
    {"Pashto", "ps", "pus"},         {"Tamil", "ta", "tam"},
    {"Icelandic", "is", "ice"},      {"Irish", "ga", "gle"},
    {"Catalan", "ca", "cat"},        {"Esperanto", "eo", "epo"},
    {"Bosnian", "bs", "bos"},        {"Tibetan", "bo", "tib"},
    {"Uyghur", "ug", "uig"},         {"Uighur", "ug", "uig"},
    {"Kyrgyz", "ky", "kir"},         {"Kirghiz", "ky", "kir"},
    {"Tajik", "tg", "tgk"},          {"Turkmen", "tk", "tuk"},
    {"Kurdish", "ku", "kur"},        {"Somali", "so", "som"},
    {"Hausa", "ha", "hau"},          {"Zulu", "zu", "zul"},
    {"Filipino", "fil", "fil"},      {"Sinhala", "si", "sin"},
    {"Sinhalese", "si", "sin"},      {"Nepali", "ne", "nep"},
    {"Punjabi", "pa", "pan"},        {"Gujarati", "gu", "guj"},
    {"Marathi", "mr", "mar"},        {"Telugu", "te", "tel"},
    {"Malayalam", "ml", "mal"},      {"Javanese", "jv", "jav"},
    {"Tigrinya", "ti", "tir"},       {"Oromo", "om", "orm"},
    {"Yoruba", "yo", "yor"},         {"Igbo", "ig", "ibo"},
    {"Malagasy", "mg", "mlg"},       {"Lingala", "ln", "lin"},
    {"Maltese", "mt", "mlt"},        {"Welsh", "cy", "wel"},
    {"Basque", "eu", "baq"},         {"Galician", "gl", "glg"},
    {"Luxembourgish", "lb", "ltz"},  {"Tatar", "tt", "tat"},
    {"Dari", "prs", "per"},          {"Ladino", "lad", "lad"},
    /* other names for languages above */
    {"Slovene", "sl", "slv"},        {"Byelorussian", "be", "bel"},
    {"Belorussian", "be", "bel"},    {"Flemish", "nl", "dut"},
    {"Castilian", "es", "spa"},      {"Moldovan", "ro", "rum"},
    {"Moldavian", "ro", "rum"},      {"Mandarin", "zh", "chi"},
    {"Mandarin Chinese", "zh", "chi"}, {"Cantonese", "yue", "chi"},
    {"Bahasa Indonesia", "id", "ind"}, {"Pilipino", "fil", "fil"},
    {"Cambodian", "km", "khm"},      {"Laotian", "lo", "lao"},
    {"Myanmar", "my", "bur"},        {"Kiswahili", "sw", "swa"},
    {"Gaelic", "ga", "gle"},         {"Hebrew (Modern)", "he", "heb"},
    {"Serbo Croatian", "sh", "hbs"}, {"Serbocroatian", "sh", "hbs"},
};

static int name_equals(const char *printed, const char *name)
{
    while (isspace((unsigned char)*printed))
        printed++;
    size_t n = strlen(printed);
    while (n > 0 && isspace((unsigned char)printed[n - 1]))
        n--;
    return n == strlen(name) && strncasecmp(printed, name, n) == 0;
}

int tc_lang_lookup(const char *name, const char **bcp47,
                   const char **iso639_2b)
{
    *bcp47 = NULL;
    *iso639_2b = NULL;
    if (!name)
        return 0;
    for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++) {
        if (name_equals(name, langs[i].name)) {
            *bcp47 = langs[i].bcp47;
            *iso639_2b = langs[i].iso;
            return 1;
        }
    }
    /* "Russian (original)", "Chinese (handwritten)": the name before the
     * parenthesis */
    const char *paren = strchr(name, '(');
    if (paren && paren > name && paren - name < 40) {
        char head[40];
        size_t n = (size_t)(paren - name);
        memcpy(head, name, n);
        head[n] = '\0';
        return tc_lang_lookup(head, bcp47, iso639_2b);
    }
    return 0;
}

const char *tc_lang_bcp47_to_iso(const char *bcp47)
{
    if (!bcp47)
        return NULL;
    for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
        if (strcasecmp(bcp47, langs[i].bcp47) == 0)
            return langs[i].iso;
    return NULL;
}
