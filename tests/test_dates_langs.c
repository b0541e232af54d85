/* test_dates_langs.c: the date reader (every printed form DESIGN.md names,
 * to ISO without invented precision) and the language table, row by row. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "record/date.h"
#include "record/lang.h"

typedef struct date_case {
    const char *printed;
    int ok;
    const char *when, *from, *to, *not_before, *not_after;
    int editorial, uncertain;
} date_case;

static const date_case cases[] = {
    {"January 20, 1967", 1, "1967-01-20", 0, 0, 0, 0, 0, 0},
    {"Nov. 3, 1972", 1, "1972-11-03", 0, 0, 0, 0, 0, 0},
    {"Nov 3 1972", 1, "1972-11-03", 0, 0, 0, 0, 0, 0},
    {"Sept. 9, 1948", 1, "1948-09-09", 0, 0, 0, 0, 0, 0},
    {"November 1967", 1, "1967-11", 0, 0, 0, 0, 0, 0},
    {"1967", 1, "1967", 0, 0, 0, 0, 0, 0},
    {"1 January [1950]", 1, "1950-01-01", 0, 0, 0, 0, 1, 0},
    {"(undated)", 1, 0, 0, 0, 0, 0, 0, 0},
    {"n.d.", 1, 0, 0, 0, 0, 0, 0, 0},
    {"26/X/62", 1, "1962-10-26", 0, 0, 0, 0, 0, 0},
    {"26.X.1962", 1, "1962-10-26", 0, 0, 0, 0, 0, 0},
    {"20.01.1967", 1, "1967-01-20", 0, 0, 0, 0, 0, 0},
    {"03/04/1967", 0, 0, 0, 0, 0, 0, 0, 0}, /* which is the month? */
    {"1967-1968", 1, 0, "1967", "1968", 0, 0, 0, 0},
    {"January-March 1967", 1, 0, "1967-01", "1967-03", 0, 0, 0, 0},
    {"January 5-7, 1967", 1, 0, "1967-01-05", "1967-01-07", 0, 0, 0, 0},
    {"5 January \xE2\x80\x93 7 February 1967", 1, 0, "1967-01-05",
     "1967-02-07", 0, 0, 0, 0},
    {"December 1967 - January 1968", 1, 0, "1967-12", "1968-01", 0, 0, 0, 0},
    {"1968-1967", 0, 0, 0, 0, 0, 0, 0, 0}, /* backwards */
    {"circa 1967", 1, "1967", 0, 0, 0, 0, 0, 1},
    {"c. 1967", 1, "1967", 0, 0, 0, 0, 0, 1},
    {"[1967?]", 1, "1967", 0, 0, 0, 0, 1, 1},
    {"1967?", 1, "1967", 0, 0, 0, 0, 0, 1},
    {"1960s", 1, 0, 0, 0, "1960", "1969", 0, 0},
    {"before March 1968", 1, 0, 0, 0, 0, "1968-03", 0, 0},
    {"after 1953", 1, 0, 0, 0, "1953", 0, 0, 0},
    {"Monday, January 20, 1967", 1, "1967-01-20", 0, 0, 0, 0, 0, 0},
    {"January 20, 1967, 10.30 a.m.", 1, "1967-01-20", 0, 0, 0, 0, 0, 0},
    {"20th October 1997", 1, "1997-10-20", 0, 0, 0, 0, 0, 0},
    {"15 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 1953 \xD0\xB3.", 1,
     "1953-03-15", 0, 0, 0, 0, 0, 0},
    {"17. Juni 1953", 1, "1953-06-17", 0, 0, 0, 0, 0, 0},
    {"12 avril 1961", 1, "1961-04-12", 0, 0, 0, 0, 0, 0},
    {"February 30, 1967", 0, 0, 0, 0, 0, 0, 0, 0},
    {"February 29, 1968", 1, "1968-02-29", 0, 0, 0, 0, 0, 0},
    {"the eve of the congress", 0, 0, 0, 0, 0, 0, 0, 0},
    {"Memorandum of Conversation", 0, 0, 0, 0, 0, 0, 0, 0},
    {"May", 0, 0, 0, 0, 0, 0, 0, 0},
};

static void same(const char *what, const char *printed, const char *got,
                 const char *want)
{
    if ((got == NULL) != (want == NULL) ||
        (got && strcmp(got, want) != 0))
        fail_msg("%s: %s = %s, want %s", printed, what, got ? got : "(none)",
                 want ? want : "(none)");
}

static void dates(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const date_case *c = &cases[i];
        tc_date d;
        memset(&d, 0, sizeof d);
        int ok = tc_date_read(c->printed, &d);
        if (ok != c->ok)
            fail_msg("%s: read %d, want %d", c->printed, ok, c->ok);
        same("when", c->printed, d.when, c->when);
        same("from", c->printed, d.from, c->from);
        same("to", c->printed, d.to, c->to);
        same("notBefore", c->printed, d.not_before, c->not_before);
        same("notAfter", c->printed, d.not_after, c->not_after);
        assert_int_equal(d.editorial, c->editorial);
        assert_int_equal(d.uncertain, c->uncertain);
        free(d.when);
        free(d.from);
        free(d.to);
        free(d.not_before);
        free(d.not_after);
    }
}

static void dates_in_titles(void **state)
{
    (void)state;
    tc_date d;
    memset(&d, 0, sizeof d);
    size_t at, len;
    const char *t = "Minutes of the Meeting on 20 October 1997, 10.30 a.m. - "
                    "3 p.m.";
    assert_true(tc_date_find(t, &d, &at, &len));
    assert_string_equal(d.when, "1997-10-20");
    assert_int_equal(at, 26);
    assert_int_equal(len, strlen("20 October 1997"));
    free(d.when);
    d.when = NULL;
    /* a bare year in a title is not taken as the document's date */
    assert_false(tc_date_find("Report on the 1967 Five-Year Plan", &d, &at,
                              &len));
    assert_null(d.when);
}

static void languages(void **state)
{
    (void)state;
    static const char *const rows[][3] = {
        {"English", "en", "eng"}, {"Russian", "ru", "rus"},
        {"Chinese", "zh", "chi"}, {"German", "de", "ger"},
        {"French", "fr", "fre"}, {"Spanish", "es", "spa"},
        {"Portuguese", "pt", "por"}, {"Italian", "it", "ita"},
        {"Japanese", "ja", "jpn"}, {"Korean", "ko", "kor"},
        {"Vietnamese", "vi", "vie"}, {"Polish", "pl", "pol"},
        {"Czech", "cs", "cze"}, {"Slovak", "sk", "slo"},
        {"Hungarian", "hu", "hun"}, {"Romanian", "ro", "rum"},
        {"Bulgarian", "bg", "bul"}, {"Serbian", "sr", "srp"},
        {"Croatian", "hr", "hrv"}, {"Slovenian", "sl", "slv"},
        {"Macedonian", "mk", "mac"}, {"Albanian", "sq", "alb"},
        {"Greek", "el", "gre"}, {"Turkish", "tr", "tur"},
        {"Arabic", "ar", "ara"}, {"Persian", "fa", "per"},
        {"Hebrew", "he", "heb"}, {"Hindi", "hi", "hin"},
        {"Urdu", "ur", "urd"}, {"Mongolian", "mn", "mon"},
        {"Ukrainian", "uk", "ukr"}, {"Belarusian", "be", "bel"},
        {"Georgian", "ka", "geo"}, {"Armenian", "hy", "arm"},
        {"Estonian", "et", "est"}, {"Latvian", "lv", "lav"},
        {"Lithuanian", "lt", "lit"}, {"Finnish", "fi", "fin"},
        {"Swedish", "sv", "swe"}, {"Dutch", "nl", "dut"},
        {"Indonesian", "id", "ind"}, {"Khmer", "km", "khm"},
        {"Lao", "lo", "lao"}, {"Burmese", "my", "bur"},
        {"Icelandic", "is", "ice"}, {"Malay", "ms", "may"},
        {"russian", "ru", "rus"}, {" Slovene ", "sl", "slv"},
        {"Russian (original)", "ru", "rus"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const char *b = NULL, *iso = NULL;
        if (!tc_lang_lookup(rows[i][0], &b, &iso))
            fail_msg("language \"%s\" unknown", rows[i][0]);
        assert_string_equal(b, rows[i][1]);
        assert_string_equal(iso, rows[i][2]);
    }
    const char *b = "x", *iso = "x";
    assert_false(tc_lang_lookup("Klingon", &b, &iso));
    assert_null(b);
    assert_false(tc_lang_lookup("", &b, &iso));
    assert_string_equal(tc_lang_bcp47_to_iso("hu"), "hun");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dates),
        cmocka_unit_test(dates_in_titles),
        cmocka_unit_test(languages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
