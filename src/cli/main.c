/* main.c: the teiconv program's entry point; all the work is in
 * tool_main (so tests and fuzzers can run the CLI in-process). */
#include <stdio.h>

#include "tool.h"

int main(int argc, char **argv)
{
    return tool_main(argc, argv, stdout, stderr);
}
