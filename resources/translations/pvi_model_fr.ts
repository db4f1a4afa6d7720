<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>pvi::AbVerdict</name>
    <message>
        <location filename="../../model/stats/ab_verdict.cpp" line="+37"/>
        <source> The chance that the treatment is truly better is %1.</source>
        <translation> La probabilité que la variante testée soit vraiment meilleure est de %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (lift %1)</source>
        <translation> (hausse de %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (lift %1, 95% interval %2 to %3)</source>
        <translation> (hausse de %1, intervalle à 95 % de %2 à %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Broken test: the visitors did not split as planned (%1 control vs %2 treatment, sample-ratio check %3). Fix the assignment and restart before trusting any result.</source>
        <translation>Test faussé : les visiteurs ne se sont pas répartis comme prévu (%1 témoin contre %2 variante testée, contrôle de la répartition %3). Corrigez l&apos;attribution et recommencez avant de vous fier à un résultat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No verdict yet: each arm needs visitors.</source>
        <translation>Pas encore de verdict : chaque variante doit avoir des visiteurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>treatment converts at %1 vs %2 for control</source>
        <translation>la variante testée convertit à %1 contre %2 pour le témoin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No verdict yet: %1, and with %2 there is no variation to test. Keep the test running.</source>
        <translation>Pas encore de verdict : %1, et avec %2, il n&apos;y a aucune variation à tester. Laissez le test se poursuivre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no conversion in either arm</source>
        <translation>aucune conversion dans l&apos;une ou l&apos;autre variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every visitor converting</source>
        <translation>tous les visiteurs qui convertissent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treatment wins</source>
        <translation>La variante testée l&apos;emporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The control wins</source>
        <translation>Le témoin l&apos;emporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2%3. A gap this large would arise by chance less than %4 of the time if both versions converted equally (%5).%6</source>
        <translation>%1 : %2%3. Un écart aussi grand se produirait par hasard moins de %4 du temps si les deux versions convertissaient également (%5).%6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No difference so far: both arms convert at %1 (%2).%3 More visitors would only narrow the interval around a zero lift.</source>
        <translation>Aucune différence jusqu&apos;ici : les deux variantes convertissent à %1 (%2).%3 Plus de visiteurs ne feraient que resserrer l&apos;intervalle autour d&apos;une hausse nulle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not settled: %1%2, but a gap this size could be chance (%3).%4</source>
        <translation>Pas tranché : %1%2, mais un écart de cette taille pourrait être dû au hasard (%3).%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Confirming a gap of %1 points would take about %2 visitors per arm (the smaller arm has %3).</source>
        <translation> Confirmer un écart de %1 points demanderait environ %2 visiteurs par variante (la plus petite variante en a %3).</translation>
    </message>
</context>
<context>
    <name>pvi::CsvText</name>
    <message>
        <location filename="../../model/io/csv_reader.cpp" line="+42"/>
        <location line="+98"/>
        <source>Cannot read the file: %1.</source>
        <translation>Impossible de lire le fichier : %1.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>A quote or a line break cannot be the field delimiter.</source>
        <translation>Un guillemet ou un saut de ligne ne peut pas servir de séparateur de champs.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open the file: %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier : %1.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The record starting at line %1 is longer than %2 characters; is a quote left open?</source>
        <translation>L&apos;enregistrement qui commence à la ligne %1 dépasse %2 caractères; un guillemet est-il resté ouvert?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A quoted field is never closed: the quote opened at line %1, field %2 (character %3) runs to the end of the file.</source>
        <translation>Un champ entre guillemets n&apos;est jamais fermé : le guillemet ouvert à la ligne %1, champ %2 (caractère %3), se prolonge jusqu&apos;à la fin du fichier.</translation>
    </message>
    <message>
        <location filename="../../model/io/encoding_detector.cpp" line="+19"/>
        <source>, not a CSV file; open it in its program and export it as CSV</source>
        <translation>, pas un fichier CSV; ouvrez-le dans son programme et exportez-le en CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>looks like an Excel workbook (.xlsx, a zip archive)</source>
        <translation>semble être un classeur Excel (.xlsx, une archive zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>looks like an Excel 97-2003 workbook (.xls)</source>
        <translation>semble être un classeur Excel 97-2003 (.xls)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>looks like a PDF document</source>
        <translation>semble être un document PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a gzip-compressed file, not a CSV file; decompress it first</source>
        <translation>est un fichier compressé avec gzip, pas un fichier CSV; décompressez-le d&apos;abord</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>contains binary data (a NUL byte at offset %1), not a CSV file; export the data as CSV</source>
        <translation>contient des données binaires (un octet NUL à la position %1), pas un fichier CSV; exportez les données en CSV</translation>
    </message>
</context>
<context>
    <name>pvi::EffectText</name>
    <message>
        <location filename="../../model/analytics/effect/selection_effect.cpp" line="+213"/>
        <source>nobody was first personalized in the period</source>
        <translation>personne n&apos;a été personnalisé pour la première fois dans la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no personalized customer of the period has a full %1-day window and an order in the year before</source>
        <translation>aucun client personnalisé de la période n&apos;a une fenêtre complète de %1 jours et une commande dans l&apos;année précédente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no customer placed a generic order around the days the personalized customers started</source>
        <translation>aucun client n&apos;a passé de commande générique autour des jours où les clients personnalisés ont commencé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no generic customer shares what every personalized customer has in common</source>
        <translation>aucun client générique ne partage ce que tous les clients personnalisés ont en commun</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>poor overlap: %1 of %2 personalized customers found no comparable generic customer, so the estimate speaks only for the rest</source>
        <translation>chevauchement faible : %1 des %2 clients personnalisés n&apos;ont trouvé aucun client générique comparable, l&apos;estimation ne vaut donc que pour les autres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only %1 personalized customers found a match; at least %2 are needed for an estimate</source>
        <translation>seulement %1 clients personnalisés ont trouvé un sosie; il en faut au moins %2 pour une estimation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the matched groups still differ on a covariate by more than 0.1 standard deviations: the adjusted estimate may keep part of the selection</source>
        <translation>les groupes appariés diffèrent encore de plus de 0,1 écart-type sur une covariable : l&apos;estimation corrigée peut garder une part de la sélection</translation>
    </message>
</context>
<context>
    <name>pvi::ImportText</name>
    <message>
        <location filename="../../model/importers/campaign_counts.cpp" line="+31"/>
        <source>%1 &apos;%2&apos; cannot be read; expected a rate such as 41.09%</source>
        <translation>%1 « %2 » est illisible; attendu : un taux comme 41.09%</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../model/importers/field_reader.cpp" line="+37"/>
        <source> (left empty)</source>
        <translation> (laissé vide)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is empty; every campaign needs its name</source>
        <translation>%1 est vide; chaque campagne doit avoir un nom</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 campaign(s) give no count, only a rate: %2 × successful deliveries, rounded (the first on this line)</source>
        <translation>%1 campagne(s) ne donnent aucun nombre, seulement un taux : %2 × envois réussis, arrondi (la première sur cette ligne)</translation>
    </message>
    <message>
        <location filename="../../model/importers/column_mapping.cpp" line="+138"/>
        <source>%1 (%2) is not mapped to a column</source>
        <translation>%1 (%2) n&apos;est associé à aucune colonne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) is mapped to column &apos;%3&apos;, which the file does not have</source>
        <translation>%1 (%2) est associé à la colonne « %3 », que le fichier n&apos;a pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a field the generic importer fills</source>
        <translation>« %1 » n&apos;est pas un champ que l&apos;importateur générique remplit</translation>
    </message>
    <message>
        <location filename="../../model/importers/costs_importer.cpp" line="+53"/>
        <source>column &apos;%1&apos; holds &apos;%2&apos;, expected personalization, acquisition or other</source>
        <translation>la colonne « %1 » contient « %2 »; attendu : personalization, acquisition ou other</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>la période se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <location filename="../../model/importers/customer_list_importer.cpp" line="+42"/>
        <source>column &apos;%1&apos; holds &apos;%2&apos;, expected an email address</source>
        <translation>la colonne « %1 » contient « %2 »; attendu : une adresse courriel</translation>
    </message>
    <message>
        <location filename="../../model/importers/experiment_importer.cpp" line="+73"/>
        <source>not an experiment file: </source>
        <translation>pas un fichier d&apos;expérience : </translation>
    </message>
    <message>
        <location filename="../../model/importers/experiment_row_reader.cpp" line="+33"/>
        <source>%1 is not a number: &apos;%2&apos;</source>
        <translation>%1 n&apos;est pas un nombre : « %2 »</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: no arm marked as control; using &apos;%2&apos;</source>
        <translation>%1 : aucune variante n&apos;est marquée comme témoin; « %2 » est utilisée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: more than one arm is marked as control</source>
        <translation>%1 : plus d&apos;une variante est marquée comme témoin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: an experiment needs at least two arms</source>
        <translation>%1 : une expérience doit avoir au moins deux variantes</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>expected columns experiment, arm and either visitor_id, converted[, revenue] or visitors, conversions[, revenue_sum, revenue_sum_sq]</source>
        <translation>colonnes attendues : experiment, arm et soit visitor_id, converted[, revenue], soit visitors, conversions[, revenue_sum, revenue_sum_sq]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is_control must be yes/no, not &apos;%1&apos;</source>
        <translation>is_control doit valoir yes/no, pas « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>planned_share must be between 0 and 1</source>
        <translation>planned_share doit être entre 0 et 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dates must be YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>les dates doivent être au format AAAA-MM-JJ, pas « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>converted must be 1/0 or yes/no, not &apos;%1&apos;</source>
        <translation>converted doit valoir 1/0 ou yes/no, pas « %1 »</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>visitors and conversions must be whole numbers with 0 &lt;= conversions &lt;= visitors</source>
        <translation>visitors et conversions doivent être des nombres entiers avec 0 &lt;= conversions &lt;= visitors</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>experiment and arm must not be empty</source>
        <translation>experiment et arm ne doivent pas être vides</translation>
    </message>
    <message>
        <location filename="../../model/importers/field_reader.cpp" line="-9"/>
        <source>%1 is empty; expected %2</source>
        <translation>%1 est vide; attendu : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos; cannot be read; expected %3</source>
        <translation>%1 « %2 » est illisible; attendu : %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an amount such as 12.50</source>
        <translation>un montant comme 12.50</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a whole number such as 2</source>
        <translation>un nombre entier comme 2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a date and time such as 2025-03-20 05:20:57 -0700</source>
        <translation>une date et une heure comme 2025-03-20 05:20:57 -0700</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes or no</source>
        <translation>yes ou no</translation>
    </message>
    <message>
        <location filename="../../model/importers/ga4_conversion_paths_importer.cpp" line="+30"/>
        <source>column &apos;%1&apos; holds &apos;%2&apos;, expected a number such as 12 or 3.5</source>
        <translation>la colonne « %1 » contient « %2 »; attendu : un nombre comme 12 ou 3.5</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>column &apos;%1&apos; is empty; expected a path such as &apos;Organic Search &gt; Email &gt; Direct&apos;</source>
        <translation>la colonne « %1 » est vide; attendu : un parcours comme « Organic Search &gt; Email &gt; Direct »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &apos;%1&apos; is empty; expected the path&apos;s conversions</source>
        <translation>la colonne « %1 » est vide; attendu : les conversions du parcours</translation>
    </message>
    <message>
        <location filename="../../model/importers/ga4_item_lists_importer.cpp" line="+77"/>
        <source>&apos;%1&apos; (%2) is larger than &apos;%3&apos; (%4): a list cannot be clicked more often than it was shown</source>
        <translation>« %1 » (%2) dépasse « %3 » (%4) : une liste ne peut pas être cliquée plus souvent qu&apos;elle n&apos;a été affichée</translation>
    </message>
    <message>
        <location filename="../../model/importers/generic_orders_importer.cpp" line="+106"/>
        <source>%1 &apos;%2&apos; is not a status PVI Studio knows (paid, pending, refunded, voided or a WooCommerce status); the order is kept as valid</source>
        <translation>%1 « %2 » n&apos;est pas un statut que PVI Studio connaît (paid, pending, refunded, voided ou un statut WooCommerce); la commande est gardée comme valide</translation>
    </message>
    <message>
        <location filename="../../model/importers/import_batches.cpp" line="+88"/>
        <source>there is no import batch %1</source>
        <translation>il n&apos;y a pas de lot d&apos;importation %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the import batch could not be removed: %1</source>
        <translation>le lot d&apos;importation n&apos;a pas pu être retiré : %1</translation>
    </message>
    <message>
        <location filename="../../model/importers/import_context.cpp" line="+52"/>
        <source>%1 more issues were found and not listed</source>
        <translation>%1 autres problèmes ont été trouvés et ne sont pas listés</translation>
    </message>
    <message>
        <location filename="../../model/importers/import_runner.cpp" line="+150"/>
        <location line="+15"/>
        <source>import cancelled: nothing was written</source>
        <translation>importation annulée : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is an analytics report download, but none of its %2 table(s) is a landing-page report, the report PVI Studio reads (its tables: %3). In Google Analytics 4 open Reports › Engagement › Landing page, then Share this report › Download File › Download CSV; in Universal Analytics, Behaviour › Site Content › Landing Pages › Export › CSV.</source>
        <translation>%1 est un rapport d&apos;analytique téléchargé, mais aucun de ses %2 tableau(x) n&apos;est un rapport de pages de destination, le rapport que PVI Studio lit (ses tableaux : %3). Dans Google Analytics 4, ouvrez Reports › Engagement › Landing page, puis Share this report › Download File › Download CSV; dans Universal Analytics, Behaviour › Site Content › Landing Pages › Export › CSV.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a column mapping is read by the generic importer (source &apos;generic&apos;), not by &apos;%1&apos;</source>
        <translation>une association de colonnes est lue par l&apos;importateur générique (source « generic »), pas par « %1 »</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown source &apos;%1&apos; (known: %2)</source>
        <translation>source inconnue « %1 » (connues : %2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 cannot be changed (%2): nothing was imported</source>
        <translation>%1 ne peut pas être modifié (%2) : rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is empty: there is nothing to import</source>
        <translation>%1 est vide : il n&apos;y a rien à importer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the column mapping cannot be used: %2</source>
        <translation>%1 : l&apos;association de colonnes est inutilisable : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a complete %2: missing required column%3 %4</source>
        <translation>%1 : pas un fichier « %2 » complet : colonne%3 obligatoire%3 manquante%3 : %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 has a header but no rows: there is nothing to import</source>
        <translation>%1 a un en-tête, mais aucune ligne : il n&apos;y a rien à importer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was rejected: %2 of its values cannot be read (see the issues); nothing was imported</source>
        <translation>%1 a été refusé : %2 de ses valeurs sont illisibles (voir les problèmes); rien n&apos;a été importé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: the workspace could not be written (%2); nothing was imported</source>
        <translation>%1 : l&apos;espace de travail n&apos;a pas pu être écrit (%2); rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../../model/importers/importer_registry.cpp" line="+161"/>
        <source>%1: the header matches no source PVI Studio imports. Expected one of: %2. A source can also be chosen by hand (pvi import --source ID).</source>
        <translation>%1 : l&apos;en-tête ne correspond à aucune source que PVI Studio importe. Attendu : l&apos;une de %2. Une source peut aussi être choisie à la main (pvi import --source ID).</translation>
    </message>
    <message>
        <location filename="../../model/importers/klaviyo_campaigns_importer.cpp" line="+83"/>
        <source>%1 SMS campaign(s) skipped (the first on this line): the email PVIs count email campaigns only</source>
        <translation>%1 campagne(s) SMS ignorée(s) (la première sur cette ligne) : les PVI du courriel ne comptent que les campagnes par courriel</translation>
    </message>
    <message>
        <location filename="../../model/importers/klaviyo_profiles_importer.cpp" line="+96"/>
        <source>%1 profile(s) have no Email (the first on this line); skipped</source>
        <translation>%1 profil(s) sans Email (le premier sur cette ligne); ignoré(s)</translation>
    </message>
    <message>
        <location filename="../../model/importers/mailchimp_activity_importer.cpp" line="+70"/>
        <source>%1 &apos;%2&apos; is not an email address</source>
        <translation>%1 « %2 » n&apos;est pas une adresse courriel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the row names no campaign</source>
        <translation>la ligne ne nomme aucune campagne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &apos;%2&apos; cannot be read; expected sent, delivered, open, click, unsubscribe, bounce or complaint</source>
        <translation>%1 « %2 » est illisible; attendu : sent, delivered, open, click, unsubscribe, bounce ou complaint</translation>
    </message>
    <message>
        <location filename="../../model/importers/mailchimp_audience_importer.cpp" line="+109"/>
        <source>%1 row(s) have no email address in the first column (the first on this line); skipped</source>
        <translation>%1 ligne(s) sans adresse courriel dans la première colonne (la première sur cette ligne); ignorée(s)</translation>
    </message>
    <message>
        <location filename="../../model/importers/mailchimp_campaigns_importer.cpp" line="+71"/>
        <source>the file is not UTF-8 and reads as Mac Roman (saved by Excel for Mac); its text was decoded that way</source>
        <translation>le fichier n&apos;est pas en UTF-8 et se lit en Mac Roman (enregistré par Excel pour Mac); son texte a été décodé ainsi</translation>
    </message>
    <message>
        <location filename="../../model/importers/order_rows_importer.cpp" line="+23"/>
        <source>the row has %1 of the header&apos;s %2 columns (%3 is missing): the file looks truncated</source>
        <translation>la ligne a %1 des %2 colonnes de l&apos;en-tête (%3 manque) : le fichier semble tronqué</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is empty: every row must name its order</source>
        <translation>%1 est vide : chaque ligne doit nommer sa commande</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 &apos;%2&apos; was already read on line %3 and more than %4 other orders came between: an order&apos;s rows must be together (sort the file by %1)</source>
        <translation>%1 « %2 » a déjà été lu à la ligne %3 et plus de %4 autres commandes sont venues entre-temps : les lignes d&apos;une commande doivent se suivre (triez le fichier par %1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>order %1 is on %2 rows; only its first row is read</source>
        <translation>la commande %1 occupe %2 lignes; seule sa première ligne est lue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 row(s) came after other orders&apos; rows (the first on this line); each was put with its order</source>
        <translation>%1 ligne(s) venaient après les lignes d&apos;autres commandes (la première sur cette ligne); chacune a été rattachée à sa commande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file has no e-mail column: its %1 order(s) count in revenue and order PVIs but belong to no customer</source>
        <translation>le fichier n&apos;a pas de colonne de courriel : ses %1 commande(s) comptent dans les PVI de revenus et de commandes, mais n&apos;appartiennent à aucun client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 order(s) have no e-mail (the first on this line): they count in revenue and order PVIs but belong to no customer</source>
        <translation>%1 commande(s) sans courriel (la première sur cette ligne) : elles comptent dans les PVI de revenus et de commandes, mais n&apos;appartiennent à aucun client</translation>
    </message>
    <message>
        <location filename="../../model/importers/shopify_customers_importer.cpp" line="+103"/>
        <source>row has neither an Email nor a Customer ID; skipped</source>
        <translation>la ligne n&apos;a ni Email ni Customer ID; ignorée</translation>
    </message>
    <message>
        <location filename="../../model/importers/shopify_orders_importer.cpp" line="+93"/>
        <source>Name is empty: every row of an orders export names its order (e.g. #1001)</source>
        <translation>Name est vide : chaque ligne d&apos;une exportation de commandes nomme sa commande (p. ex. #1001)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Financial Status &apos;%1&apos; is not one Shopify writes (%2); the order is kept</source>
        <translation>Financial Status « %1 » n&apos;est pas une valeur que Shopify écrit (%2); la commande est gardée</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>order %1 has no row with a Financial Status; its order-level values are read from its first row</source>
        <translation>la commande %1 n&apos;a aucune ligne avec un Financial Status; ses valeurs de commande sont lues sur sa première ligne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 order(s) have no Email (the first on this line): they count in revenue and order PVIs but belong to no customer</source>
        <translation>%1 commande(s) sans Email (la première sur cette ligne) : elles comptent dans les PVI de revenus et de commandes, mais n&apos;appartiennent à aucun client</translation>
    </message>
    <message>
        <location filename="../../model/importers/survey_importer.cpp" line="+56"/>
        <source>no score or comment column recognised</source>
        <translation>aucune colonne de note ou de commentaire reconnue</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 is not a date and time (column &apos;%2&apos;); the response is kept without a date</source>
        <translation>%1 n&apos;est pas une date et une heure (colonne « %2 »); la réponse est gardée sans date</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;%1&apos; is not a score (column &apos;%2&apos;, %3 on %4–%5)</source>
        <translation>« %1 » n&apos;est pas une note (colonne « %2 », %3 sur %4–%5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>score %1 is outside the %2 scale %3–%4 (column &apos;%5&apos;)</source>
        <translation>la note %1 est hors de l&apos;échelle %2 %3–%4 (colonne « %5 »)</translation>
    </message>
    <message>
        <location filename="../../model/importers/survey_preview.cpp" line="+32"/>
        <source>%1 is not a Google Forms, SurveyMonkey or Typeform export</source>
        <translation>%1 n&apos;est pas une exportation Google Forms, SurveyMonkey ou Typeform</translation>
    </message>
    <message>
        <location filename="../../model/importers/survey_question_choices.cpp" line="+16"/>
        <source>a question and an instrument (nps, csat, ces, likert, comment or ignore) are needed</source>
        <translation>il faut une question et un instrument (nps, csat, ces, likert, comment ou ignore)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no choice is stored for &apos;%1&apos;</source>
        <translation>aucun choix n&apos;est enregistré pour « %1 »</translation>
    </message>
    <message>
        <location filename="../../model/importers/survey_question_marks.cpp" line="+48"/>
        <source>no question &apos;%1&apos; in the imported surveys</source>
        <translation>aucune question « %1 » dans les sondages importés</translation>
    </message>
    <message>
        <location filename="../../model/importers/ua_landing_pages_importer.cpp" line="+54"/>
        <source>a row without a landing page (the report&apos;s totals) was skipped</source>
        <translation>une ligne sans page de destination (les totaux du rapport) a été ignorée</translation>
    </message>
    <message>
        <location filename="../../model/importers/web_page_store.cpp" line="+78"/>
        <source>a rate such as 0.0118 or 12.14%</source>
        <translation>un taux comme 0.0118 ou 12.14%</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a duration in seconds (19.05) or as HH:MM:SS</source>
        <translation>une durée en secondes (19.05) ou au format HH:MM:SS</translation>
    </message>
    <message>
        <location filename="../../model/importers/web_report_importer.cpp" line="+15"/>
        <source>the report&apos;s date range is missing: expected &apos;# Start date: YYYYMMDD&apos; and &apos;# End date: YYYYMMDD&apos; lines (GA4) or a &apos;# YYYYMMDD-YYYYMMDD&apos; line (Universal Analytics) before the header; download the report again with its header</source>
        <translation>la plage de dates du rapport manque : attendu : des lignes « # Start date: YYYYMMDD » et « # End date: YYYYMMDD » (GA4) ou une ligne « # YYYYMMDD-YYYYMMDD » (Universal Analytics) avant l&apos;en-tête; téléchargez de nouveau le rapport avec son en-tête</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>only the first table (lines %1–%2) was imported; %3 further table(s) (%4 line(s)) were skipped: %5</source>
        <translation>seul le premier tableau (lignes %1–%2) a été importé; %3 autre(s) tableau(x) (%4 ligne(s)) ont été ignorés : %5</translation>
    </message>
    <message>
        <location filename="../../model/importers/webtoffee_orders_importer.cpp" line="+95"/>
        <source>%1 &apos;%2&apos; cannot be read; expected name:…|quantity:…|total:… (line item left out)</source>
        <translation>%1 « %2 » est illisible; attendu : name:…|quantity:…|total:… (article laissé de côté)</translation>
    </message>
    <message>
        <location filename="../../model/importers/woo_order_columns.cpp" line="+42"/>
        <source>%1 &apos;%2&apos; is not a WooCommerce order status; the order is kept as valid</source>
        <translation>%1 « %2 » n&apos;est pas un statut de commande WooCommerce; la commande est gardée comme valide</translation>
    </message>
</context>
<context>
    <name>pvi::LifetimeText</name>
    <message>
        <location filename="../../model/analytics/lifetime/bgnbd_fit.cpp" line="+204"/>
        <source>too few customers: %1 (the BG/NBD fit needs at least %2)</source>
        <translation>trop peu de clients : %1 (l&apos;ajustement BG/NBD en demande au moins %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no repeat customers: nobody bought on a second day, so the purchase and dropout processes cannot be told apart</source>
        <translation>aucun client régulier : personne n&apos;a acheté un deuxième jour, les processus d&apos;achat et d&apos;abandon ne peuvent donc pas être distingués</translation>
    </message>
    <message>
        <location filename="../../model/analytics/lifetime/clv_backtest.cpp" line="+40"/>
        <source>no purchases on or before %1</source>
        <translation>aucun achat au plus tard le %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the history (%1 days) is too short for a holdout of at least one week (a quarter of the history)</source>
        <translation>l&apos;historique (%1 jours) est trop court pour une période de contrôle d&apos;au moins une semaine (le quart de l&apos;historique)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the holdout of %1 weeks is longer than the history</source>
        <translation>la période de contrôle de %1 semaines est plus longue que l&apos;historique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>calibration fit failed: %1</source>
        <translation>l&apos;ajustement de calage a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../model/analytics/lifetime/clv_predictions.cpp" line="+51"/>
        <source>Spend and frequency are correlated (Pearson r = %1 among repeat customers, limit %2): the Gamma-Gamma model assumes they are independent, so expected spend and CLV may be off.</source>
        <translation>La dépense et la fréquence sont corrélées (r de Pearson = %1 chez les clients réguliers, limite %2) : le modèle Gamma-Gamma les suppose indépendantes, la dépense attendue et la CLV peuvent donc être faussées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 repeat customers spent nothing on their repeat purchases and were left out of the spend model.</source>
        <translation>%1 clients réguliers n&apos;ont rien dépensé lors de leurs achats répétés et ont été exclus du modèle de dépense.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no spend column (zbar) in the summary</source>
        <translation>aucune colonne de dépense (zbar) dans le sommaire</translation>
    </message>
    <message>
        <location filename="../../model/analytics/lifetime/clv_workspace_analysis.cpp" line="+39"/>
        <source>could not read the orders: %1</source>
        <translation>les commandes n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>no valid orders with a customer on or before %1</source>
        <translation>aucune commande valide avec un client au plus tard le %1</translation>
    </message>
    <message>
        <location filename="../../model/analytics/lifetime/gamma_gamma_fit.cpp" line="+114"/>
        <source>too few repeat customers: %1 (the Gamma-Gamma fit needs at least %2)</source>
        <translation>trop peu de clients réguliers : %1 (l&apos;ajustement Gamma-Gamma en demande au moins %2)</translation>
    </message>
</context>
<context>
    <name>pvi::TargetStatus</name>
    <message>
        <location filename="../../model/analytics/targets/target_status.cpp" line="+14"/>
        <source>no value for the period</source>
        <translation>aucune valeur pour la période</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>beyond the upper alert bound: an unusual jump, check the data</source>
        <translation>au-delà du seuil d&apos;alerte supérieur : un saut inhabituel, vérifiez les données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>beyond the lower alert bound: an unusual jump, check the data</source>
        <translation>au-delà du seuil d&apos;alerte inférieur : un saut inhabituel, vérifiez les données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>meets the target</source>
        <translation>atteint la cible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>past the alert bound</source>
        <translation>a franchi le seuil d&apos;alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>misses the target by more than 10%</source>
        <translation>rate la cible de plus de 10 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>misses the target, within the alert bound</source>
        <translation>rate la cible, sans franchir le seuil d&apos;alerte</translation>
    </message>
    <message>
        <location filename="../../model/analytics/targets/target_store.cpp" line="+43"/>
        <source>choose the PVI the target is for</source>
        <translation>choisissez le PVI visé par la cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target must be a number</source>
        <translation>la cible doit être un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an alert bound must be a number</source>
        <translation>un seuil d&apos;alerte doit être un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the alert low (%1) is above the alert high (%2)</source>
        <translation>le seuil d&apos;alerte bas (%1) dépasse le seuil d&apos;alerte haut (%2)</translation>
    </message>
</context>
<context>
    <name>pvi::Workspace</name>
    <message>
        <location filename="../../model/store/workspace.cpp" line="+48"/>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder %1 is read-only</source>
        <translation>son dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: no such workspace file</source>
        <translation>%1 : aucun fichier d&apos;espace de travail de ce nom</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2, and %3-wal holds changes not yet written into the file, which SQLite can only read with write access to the folder (%4). Open it once where it is writable.</source>
        <translation>%1 : %2, et %3-wal contient des modifications pas encore écrites dans le fichier, que SQLite ne peut lire qu&apos;avec un accès en écriture au dossier (%4). Ouvrez-le une fois là où il est modifiable.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is damaged (SQLite&apos;s check found: %2). The file was not changed.</source>
        <translation>%1 est endommagé (la vérification de SQLite a trouvé : %2). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is an SQLite file, but not a PVI Studio workspace</source>
        <translation>%1 est un fichier SQLite, mais pas un espace de travail PVI Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was altered by another program: its table &apos;meta&apos; differs from the one PVI Studio creates. The file was not changed.</source>
        <translation>%1 a été altéré par un autre programme : sa table « meta » diffère de celle que PVI Studio crée. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was written by a newer PVI Studio (workspace schema %2; this version reads up to %3). The file was not changed; open it with the newer version.</source>
        <translation>%1 a été écrit par une version plus récente de PVI Studio (schéma d&apos;espace de travail %2; cette version lit jusqu&apos;au %3). Le fichier n&apos;a pas été modifié; ouvrez-le avec la version plus récente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was altered by another program and is not opened: it has %2. The file was not changed.</source>
        <translation>%1 a été altéré par un autre programme et n&apos;est pas ouvert : il contient %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was written by an older PVI Studio and must be upgraded before it can be read, but %2. Open it once where it is writable.</source>
        <translation>%1 a été écrit par une version antérieure de PVI Studio et doit être mis à niveau avant d&apos;être lu, mais %2. Ouvrez-le une fois là où il est modifiable.</translation>
    </message>
</context>
</TS>
