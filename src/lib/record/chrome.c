/* chrome.c: the lines of a saved page that are site furniture (navigation,
 * search, share buttons, footer), which every layout drops. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "record/record_parse.h"
#include "base/util.h"

/* Whole lines of site furniture, compared ignoring case and a colon. */
/* clang-format off */
static const char *const chrome[] = {
    "Skip to content", "Skip to main content", "Skip to navigation",
    "Search", "Advanced Search", "Search the Digital Archive",
    "Search the Archive", "Search Results", "Back to search results",
    "Back to Search", "New Search", "Refine Search", "Browse", "Home",
    "Menu", "Close", "Print", "Share", "Email", "E-mail", "Download",
    "Download PDF", "PDF", "Back to Top", "Top", "Previous", "Next",
    "Previous Document", "Next Document", "View Original", "View Transcript",
    "View Translation", "Original Scan", "Get Citation", "Export Citation",
    "Cite", "Tags", "Login", "Log in", "Sign in", "Register",
    "My Collections", "Add to Collection", "Add to My Collections",
    "Digital Archive", "Wilson Center Digital Archive",
    "International History Declassified", "Keyword", "Go", "Submit",
    "Sort by", "Filter", "Privacy Policy", "Terms of Use", "Contact Us",
    "Accessibility", "Subscribe", "Donate", "Facebook", "Twitter", "X",
    "LinkedIn", "Instagram", "YouTube", "Main navigation",
    "Breadcrumb", "You are here",
};
/* clang-format on */

int tc_line_is_chrome(const tc_line *ln)
{
    /* a line is one of them only if it starts with its first letter (the
     * first test tc_text_is makes): the others are not compared at all */
    int first = ln->len ? tolower((unsigned char)ln->text[0]) : -1;
    for (size_t i = 0; i < sizeof chrome / sizeof chrome[0]; i++)
        if (tolower((unsigned char)chrome[i][0]) == first &&
            tc_text_is(ln->text, ln->len, chrome[i]))
            return 1;
    /* "view document in English", "View document in Russian" */
    static const char *const leads[] = {"view document in ",
                                        "view this document in ",
                                        "read document in ", "search for "};
    for (size_t i = 0; i < sizeof leads / sizeof leads[0]; i++)
        if (ln->len < 60 &&
            strncasecmp(ln->text, leads[i], strlen(leads[i])) == 0)
            return 1;
    return ln->len < 80 && strncmp(ln->text, "\xC2\xA9", 2) == 0; /* © */
}
