/* body_blocks.c: the kinds of body blocks (paragraph, header, list item,
 * speech, signature …) told apart from their text and layout. */
#include <string.h>

#include "record.h"

/* Flowing text: the lines of a paragraph joined with single spaces. */
static void join_flowing(char *s)
{
    for (char *p = s; *p; p++)
        if (*p == '\n')
            *p = ' ';
}

tc_status tc_body_classify(tc_blocks *body)
{
    for (size_t i = 0; i < body->n; i++)
        if (body->v[i].kind == TC_BLOCK_PARA)
            join_flowing(body->v[i].text.text);
    return TC_OK;
}
