// Prints the encoding names ICU opens (one a line), for scripts/encoding-names.mjs: every alias of every
// converter in ICU's alias table that ucnv_open opens, then each name read on standard input that
// ucnv_open opens (candidates for ICU's algorithmic converters, which need no alias), after a line "--".
// ICU's headers are not needed (only its library): the few functions are declared here, with ICU's
// version suffix (-DICU=72) as the library exports them.
#include <cstdint>
#include <cstdio>
#include <cstring>
#define ICU_NAME2(f, v) f##_##v
#define ICU_NAME(f, v) ICU_NAME2(f, v)
extern "C" {
typedef struct UEnumeration UEnumeration;
typedef struct UConverter UConverter;
UEnumeration *ICU_NAME(ucnv_openAllNames, ICU)(int *status);
const char *ICU_NAME(uenum_next, ICU)(UEnumeration *en, int32_t *len, int *status);
void ICU_NAME(uenum_close, ICU)(UEnumeration *en);
UConverter *ICU_NAME(ucnv_open, ICU)(const char *name, int *status);
void ICU_NAME(ucnv_close, ICU)(UConverter *c);
uint16_t ICU_NAME(ucnv_countAliases, ICU)(const char *name, int *status);
const char *ICU_NAME(ucnv_getAlias, ICU)(const char *name, uint16_t n, int *status);
}

static bool opens(const char *name) {
  int status = 0;  // U_ZERO_ERROR; > 0 is a failure, < 0 a warning
  UConverter *c = ICU_NAME(ucnv_open, ICU)(name, &status);
  if (c) ICU_NAME(ucnv_close, ICU)(c);
  return c && status <= 0;
}

int main() {
  int status = 0;
  UEnumeration *all = ICU_NAME(ucnv_openAllNames, ICU)(&status);
  if (status > 0) return 1;
  int32_t len;
  const char *name;
  while ((name = ICU_NAME(uenum_next, ICU)(all, &len, &status)) && status <= 0) {
    if (!opens(name)) continue;
    int s = 0;
    uint16_t n = ICU_NAME(ucnv_countAliases, ICU)(name, &s);
    for (uint16_t i = 0; i < n && s <= 0; i++) std::printf("%s\n", ICU_NAME(ucnv_getAlias, ICU)(name, i, &s));
  }
  ICU_NAME(uenum_close, ICU)(all);
  std::printf("--\n");
  char line[256];
  while (std::fgets(line, sizeof line, stdin)) {
    line[std::strcspn(line, "\n")] = 0;
    if (line[0] && opens(line)) std::printf("%s\n", line);
  }
  return status > 0;
}
