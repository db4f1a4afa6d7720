#!/bin/sh
# Regenerates the window's French translation sources from the code with lupdate:
#   resources/translations/pvi_studio_fr.ts  the shell, import, widgets, report and charts, and
#                                             pvi-studio's command-line options;
#   resources/translations/pvi_pages_fr.ts   the pages and the texts marked in model/pvi
#                                             (the PVI table's names and descriptions);
#   resources/translations/pvi_model_fr.ts   the rest of the model's texts the window shows as
#                                             they come: target details, import and CSV errors,
#                                             workspace errors and read-only reasons.
# The model marks them with QCoreApplication::translate; the pvi command line installs no
# translator, so there (and in every JSON output) they stay English.
# Messages no longer in the code are dropped (-no-obsolete); new ones come in unfinished, to be
# translated with linguist or by editing the .ts. The build compiles every *_fr.ts into a .qm
# embedded under :/i18n/. Run from anywhere: tools/translations/update_ts.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)
cd "$root"
options="-I ui -I model -locations relative -no-obsolete -source-language en -target-language fr_CA -silent"

# shellcheck disable=SC2086
"$lupdate" $options ui/shell ui/import ui/widgets ui/report ui/charts app/studio_main.cpp \
    -ts resources/translations/pvi_studio_fr.ts

# The pages' file: ui/pages and the model's marked texts, when there are any.
pages_sources="ui/pages"
if grep -rEq 'QT_TR(ANSLATE)?_NOOP|QCoreApplication::translate\(' model/pvi 2>/dev/null; then
    pages_sources="$pages_sources model/pvi"
fi
# shellcheck disable=SC2086
if grep -rEq '(^|[^A-Za-z_])tr\(|QCoreApplication::translate\(|QT_TR(ANSLATE)?_NOOP' $pages_sources; then
    # shellcheck disable=SC2086
    "$lupdate" $options $pages_sources -ts resources/translations/pvi_pages_fr.ts
fi

# The model's own messages, outside model/pvi (whose marked texts are the pages' file's).
# shellcheck disable=SC2086
"$lupdate" $options model/analytics model/importers model/io model/stats model/store \
    -ts resources/translations/pvi_model_fr.ts

# English needs only the plural forms of the messages written with a count ("%Ln order(s)"):
# a plural-only file over every source, filled by english_plurals.py.
# shellcheck disable=SC2086
"$lupdate" -I ui -I model -locations none -no-obsolete -pluralonly -source-language en \
    -target-language en -silent ui app/studio_main.cpp model \
    -ts resources/translations/pvi_plurals_en.ts
python3 "$root/tools/translations/english_plurals.py"
