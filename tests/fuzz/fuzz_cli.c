/* fuzz_cli.c: libFuzzer target for the command line: the input, split at
 * NUL bytes, is the argument list of an in-process `teiconv` run.
 *
 * Each run starts in a fresh, tiny folder (one text record, one TEI file)
 * that is removed afterwards, so a run sees the same files whatever ran
 * before it. The earlier target kept one scratch folder for the whole
 * session: every run's outputs piled up in it, and an argument such as "."
 * then walked and converted all of them, slower and slower until libFuzzer
 * timed out. Standard input is /dev/null, so "--files-from -" ends at once
 * instead of waiting for a terminal or an open pipe. Arguments holding a
 * '/' or starting with ".." are skipped: nothing outside the folder is read,
 * walked or written. The folder libFuzzer started in is restored after each
 * run (its corpus and artifact paths may be relative). The target owns all
 * the memory it allocates. */
#define _XOPEN_SOURCE 700
#include <fcntl.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tool.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_ARGS 16

static const char seed_record[] =
    "Title: Appeal of the Writers' Union\n"
    "Date: 1968\n"
    "\n"
    "We, the undersigned, appeal to the government.\n";

static const char seed_tei[] =
    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc>"
    "<titleStmt><title>Seed</title></titleStmt><publicationStmt><p>x</p>"
    "</publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>"
    "</teiHeader><text><body><p>Seed.</p></body></text></TEI>\n";

static char base_dir[] = "/tmp/teiconv-fuzz-cli-XXXXXX";
static int start_dir = -1; /* libFuzzer's folder, restored after each run */

static void write_file(const char *name, const char *text)
{
    FILE *f = fopen(name, "wb");
    if (!f || fputs(text, f) == EOF || fclose(f) != 0)
        abort();
}

static int remove_entry(const char *path, const struct stat *sb, int flag,
                        struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

static void remove_base_dir(void)
{
    rmdir(base_dir);
}

/* Once: stdin from /dev/null, and the folder holding each run's folder. */
static void set_up_once(void)
{
    static int done;
    if (done)
        return;
    int fd = open("/dev/null", O_RDONLY);
    if (fd < 0 || dup2(fd, STDIN_FILENO) < 0)
        abort();
    close(fd);
    start_dir = open(".", O_RDONLY | O_DIRECTORY);
    if (start_dir < 0 || !mkdtemp(base_dir))
        abort();
    atexit(remove_base_dir);
    done = 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    set_up_once();
    char *copy = malloc(size + 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    copy[size] = '\0';
    char *argv[MAX_ARGS + 2];
    int argc = 0;
    argv[argc++] = "teiconv";
    char *p = copy;
    while (argc < MAX_ARGS + 1 && p <= copy + size) {
        argv[argc++] = p;
        p += strlen(p) + 1;
    }
    argv[argc] = NULL;
    for (int i = 1; i < argc; i++) {
        if (strchr(argv[i], '/') || strncmp(argv[i], "..", 2) == 0) {
            free(copy);
            return 0;
        }
    }
    char run_dir[sizeof base_dir + 8];
    snprintf(run_dir, sizeof run_dir, "%s/run", base_dir);
    if (mkdir(run_dir, 0700) != 0 || chdir(run_dir) != 0)
        abort();
    write_file("seed.txt", seed_record);
    write_file("seed.xml", seed_tei);
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        tool_main(argc, argv, null, null);
        fclose(null);
    }
    clearerr(stdin); /* "--files-from -" left it at end of file */
    if (fchdir(start_dir) != 0 ||
        nftw(run_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS) != 0)
        abort();
    free(copy);
    return 0;
}
