/* lang.c: the table of languages common in diplomatic archives, with their
 * English names, BCP 47 tags and ISO 639-2/B codes. */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "lang.h"

typedef struct lang_row {
    const char *name;
    const char *bcp47;
    const char *iso;
} lang_row;

/* Sorted by nothing in particular; linear search is fine for ~60 rows. */
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
