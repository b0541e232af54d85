/* source_parse.h: the Source string of a record split into repository,
 * archival reference, page range and the people credited; and a guess of
 * whether an authorised name is a person or an organisation. Internal. */
#ifndef TC_SOURCE_PARSE_H
#define TC_SOURCE_PARSE_H

#include "record/record.h"

/* Fill src's repository, reference, locus and resps from src->printed.
 * Returns TC_OK or TC_E_NOMEM; parts not found stay NULL. */
tc_status tc_source_split(tc_source *src);

/* TC_NAME_ORG for "Japan. Foreign Ministry", "Korean Workers' Party
 * Central Committee"; TC_NAME_PERSON for "Mao, Zedong". */
tc_name_kind tc_name_guess_kind(const char *name);

#endif /* TC_SOURCE_PARSE_H */
