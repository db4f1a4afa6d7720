<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AlertsText</name>
    <message>
        <location filename="../../ui/widgets/alerts_loader.cpp" line="+56"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, above the usual %2 for a %3 (robust z %4).</source>
        <translation>%1, au-dessus des %2 habituels pour un %3 (z robuste %4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, below the usual %2 for a %3 (robust z %4).</source>
        <translation>%1, sous les %2 habituels pour un %3 (z robuste %4).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is off track</source>
        <translation>%1 : hors cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on watch</source>
        <translation>%1 : à surveiller</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alerts could not be computed: %1</source>
        <translation>Impossible de calculer les alertes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <location filename="../../ui/charts/chart_summary.cpp" line="+76"/>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> in %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 points, oldest first.</source>
        <translation>%1 points, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2, %3 points.</source>
        <translation>De %1 à %2, %3 points.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 categories.</source>
        <translation>%1 catégories.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no values.</source>
        <translation>%1 : aucune valeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>highest %1%2</source>
        <translation>maximum %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lowest %1%2</source>
        <translation>minimum %1%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3.</source>
        <translation>%1 : %2, %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 rose from %2%3 to %4%5</source>
        <translation>%1 a augmenté, de %2%3 à %4%5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fell from %2%3 to %4%5</source>
        <translation>%1 a diminué, de %2%3 à %4%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 stayed at %2</source>
        <translation>%1 est resté à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2, %3.</source>
        <translation>%1; %2, %3.</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <location filename="../../ui/shell/help_dialogs.cpp" line="+78"/>
        <source>Personalization Value Indicators for small businesses: whether personalization pays off, computed on your own computer from your shop&apos;s exports. Nothing is sent anywhere.</source>
        <translation>Indicateurs de la valeur de la personnalisation pour les petites entreprises&#xa0;: la personnalisation est-elle rentable? Calculés sur votre propre ordinateur à partir des exportations de votre boutique. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built on:</source>
        <translation>Conçu avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PVI catalogue</source>
        <translation>Catalogue des PVI</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About PVI Studio</source>
        <translation>À propos de PVI Studio</translation>
    </message>
</context>
<context>
    <name>ImportSentence</name>
    <message numerus="yes">
        <location filename="../../ui/import/import_sentence.cpp" line="+32"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln customer record(s)</source>
        <translation>
            <numerusform>%Ln fiche client</numerusform>
            <numerusform>%Ln fiches clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln audience member(s)</source>
        <translation>
            <numerusform>%Ln abonné</numerusform>
            <numerusform>%Ln abonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln e-mail event(s)</source>
        <translation>
            <numerusform>%Ln événement courriel</numerusform>
            <numerusform>%Ln événements courriel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln campagne</numerusform>
            <numerusform>%Ln campagnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln survey response(s)</source>
        <translation>
            <numerusform>%Ln réponse au sondage</numerusform>
            <numerusform>%Ln réponses au sondage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln report row(s)</source>
        <translation>
            <numerusform>%Ln ligne de rapport</numerusform>
            <numerusform>%Ln lignes de rapport</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln conversion path(s)</source>
        <translation>
            <numerusform>%Ln parcours de conversion</numerusform>
            <numerusform>%Ln parcours de conversion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln cost row(s)</source>
        <translation>
            <numerusform>%Ln ligne de coûts</numerusform>
            <numerusform>%Ln lignes de coûts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln experiment(s)</source>
        <translation>
            <numerusform>%Ln expérience</numerusform>
            <numerusform>%Ln expériences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cancelled; nothing was changed.</source>
        <translation>%1 : annulé; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing new; its %1 were already in the workspace</source>
        <translation>rien de nouveau; ses %1 étaient déjà dans l’espace de travail</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no records in %Ln row(s) read</source>
        <translation>
            <numerusform>aucun enregistrement dans %Ln ligne lue</numerusform>
            <numerusform>aucun enregistrement dans %Ln lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> (%Ln updated)</source>
        <translation>
            <numerusform> (%Ln mise à jour)</numerusform>
            <numerusform> (%Ln mises à jour)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> from %Ln customer(s)</source>
        <translation>
            <numerusform> de %Ln client</numerusform>
            <numerusform> de %Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%Ln new)</source>
        <translation>
            <numerusform> (%Ln nouveau)</numerusform>
            <numerusform> (%Ln nouveaux)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln already in the workspace</source>
        <translation>
            <numerusform>%Ln déjà dans l’espace de travail</numerusform>
            <numerusform>%Ln déjà dans l’espace de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln order(s) have no e-mail and count as guests</source>
        <translation>
            <numerusform>%Ln commande n’a pas de courriel et compte comme invité</numerusform>
            <numerusform>%Ln commandes n’ont pas de courriel et comptent comme invités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln issue(s) listed in the details</source>
        <translation>
            <numerusform>%Ln problème listé dans les détails</numerusform>
            <numerusform>%Ln problèmes listés dans les détails</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2) : %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Remove the import of %1 (imported %2)? It takes away the %3 it holds, the %Ln issue(s) stored with it, and the customers nothing else refers to any more. The file itself is not touched.

Edit › Undo puts it back until the window closes.</source>
        <translation>
            <numerusform>Supprimer l’import de %1 (importé le %2)? Il retire les %3 qu’il contient, le %Ln problème enregistré avec lui, et les clients auxquels plus rien ne renvoie. Le fichier lui-même n’est pas touché.

Édition › Annuler le rétablit jusqu’à la fermeture de la fenêtre.</numerusform>
            <numerusform>Supprimer l’import de %1 (importé le %2)? Il retire les %3 qu’il contient, les %Ln problèmes enregistrés avec lui, et les clients auxquels plus rien ne renvoie. Le fichier lui-même n’est pas touché.

Édition › Annuler le rétablit jusqu’à la fermeture de la fenêtre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../ui/import/import_job.cpp" line="+23"/>
        <source>The workspace could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import/import_row_reader.cpp" line="+41"/>
        <source>%1 has no row at line %2.</source>
        <translation>%1 n&apos;a pas de rangée à la ligne %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, line %2:</source>
        <translation>%1, ligne %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no header)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no value)</source>
        <translation>(sans valeur)</translation>
    </message>
    <message>
        <location filename="../../ui/import/import_wizard_file_entry.cpp" line="+15"/>
        <source>The file is still being read.</source>
        <translation>Le fichier est encore en lecture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No importer recognises this header: choose a source.</source>
        <translation>Aucun importateur ne reconnaît cet en-tête&#xa0;: choisissez une source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its columns are not mapped yet (step Mapping).</source>
        <translation>Ses colonnes ne sont pas encore associées (étape Correspondance).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping: %1.</source>
        <translation>Correspondance&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown source “%1”.</source>
        <translation>Source inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required column “%1” is missing for a %2.</source>
        <translation>La colonne obligatoire «&#xa0;%1&#xa0;» manque pour un fichier %2.</translation>
    </message>
    <message>
        <location filename="../../ui/import/import_wizard_file_model.cpp" line="+22"/>
        <source>Choose a source…</source>
        <translation>Choisir une source…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic (map columns)</source>
        <translation>Générique (associer les colonnes)</translation>
    </message>
    <message>
        <location filename="../../ui/import/import_wizard_file_scan.cpp" line="+29"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../ui/report/report_appendices.cpp" line="+28"/>
        <location filename="../../ui/report/report_channel_sections.cpp" line="+185"/>
        <source>No experiment is stored in the workspace.</source>
        <translation>Aucune expérience n&apos;est enregistrée dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measure: %1. Ran %2 to %3. Decision: %4.</source>
        <translation>Mesure&#xa0;: %1. Du %2 au %3. Décision&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown day</source>
        <translation>un jour inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(still running)</source>
        <translation>(en cours)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arm</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/report_channel_sections.cpp" line="+48"/>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift vs control</source>
        <translation>Écart vs témoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample-ratio p</source>
        <translation>p de répartition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (control)</source>
        <translation>%1 (témoin)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sample-ratio p: chi-square test of the visitors against the planned split; below 0.01 the split is broken and the result is not trusted.</source>
        <translation>p de répartition&#xa0;: test du khi carré des visiteurs par rapport à la répartition prévue; sous 0,01, la répartition est faussée et le résultat n&apos;est pas fiable.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>comparison of the two groups&apos; values, no test</source>
        <translation>comparaison des valeurs des deux groupes, sans test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two-proportion z-test; Katz log interval</source>
        <translation>test z de deux proportions; intervalle logarithmique de Katz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difference of the groups&apos; scores (docs/surveys.md)</source>
        <translation>différence des scores des groupes (docs/surveys.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welch t-test; delta-method interval</source>
        <translation>test t de Welch; intervalle par la méthode delta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every indicator in this report: what it measures, the data it uses and the test behind its personalized-vs-generic lift. The executive summary scores each available indicator by the largest of: 3 + |lift|/100 (lift capped at 100%) for a lift with p &lt; 0.05; 2.5 for an off-track target, 1.5 for one on watch; |change|/20, at most 2, for its change since the comparison period (in percent, or points for percentages). It shows the five highest, one per comparison.</source>
        <translation>Chaque indicateur de ce rapport&#xa0;: ce qu&apos;il mesure, les données qu&apos;il utilise et le test derrière son écart personnalisé vs générique. Le sommaire attribue à chaque indicateur disponible la plus grande des notes suivantes&#xa0;: 3 + |écart|/100 (écart plafonné à 100&#xa0;%) pour un écart avec p &lt; 0,05; 2,5 pour une cible hors d&apos;atteinte, 1,5 pour une cible à surveiller; |variation|/20, au plus 2, pour sa variation depuis la période de comparaison (en pour cent, ou en points pour les pourcentages). Il présente les cinq plus élevés, un par comparaison.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+83"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data used</source>
        <translation>Données utilisées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lift test</source>
        <translation>Test de l&apos;écart</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Rangées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import issues</source>
        <translation>Problèmes d&apos;importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The imports reported no issue.</source>
        <translation>Les importations n&apos;ont signalé aucun problème.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 more issues are listed on the Data page.</source>
        <translation>%1 autres problèmes sont listés dans la page Données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it is not available</source>
        <translation>Pourquoi il n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicators not available</source>
        <translation>Indicateurs non disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every indicator could be computed.</source>
        <translation>Tous les indicateurs ont pu être calculés.</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_channel_sections.cpp" line="-207"/>
        <source>%1 campaigns were sent in %2: %3 personalized and %4 generic. Rates are pooled over the campaigns (all opens over all deliveries), never averaged.</source>
        <translation>%1 campagnes ont été envoyées pendant la période %2&#xa0;: %3 personnalisées et %4 génériques. Les taux sont regroupés sur l&apos;ensemble des campagnes (toutes les ouvertures sur toutes les livraisons), jamais moyennés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail rates, personalized vs generic campaigns</source>
        <translation>Taux des courriels, campagnes personnalisées vs génériques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate with its 95% Wilson interval</source>
        <translation>Taux et son intervalle de Wilson à 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Open rate</source>
        <translation>Taux d&apos;ouverture</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Click rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Unsubscribe rate</source>
        <translation>Taux de désabonnement</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <location filename="../../ui/report/report_customer_sections.cpp" line="+39"/>
        <location line="+60"/>
        <source>Personalized</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <location filename="../../ui/report/report_customer_sections.cpp" line="-59"/>
        <location line="+60"/>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>E-mail indicators</source>
        <translation>Indicateurs des courriels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubscribes</source>
        <translation>Désabonnements</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open, click and unsubscribe rates are unique recipients over deliveries; intervals are Wilson 95% intervals. A campaign is personalized when a campaign-name rule matches it.</source>
        <translation>Les taux d&apos;ouverture, de clics et de désabonnement rapportent les destinataires uniques aux livraisons; les intervalles sont des intervalles de Wilson à 95&#xa0;%. Une campagne est personnalisée lorsqu&apos;une règle de nom de campagne la reconnaît.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Survey scores for %1, for respondents who received personalization and those who did not, each with its 95% interval.</source>
        <translation>Scores des sondages pour la période %1, pour les répondants qui ont reçu de la personnalisation et ceux qui n&apos;en ont pas reçu, chacun avec son intervalle à 95&#xa0;%.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 by group</source>
        <translation>%1 par groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All respondents</source>
        <translation>Tous les répondants</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: n = %2 answers (%3 personalized, %4 generic).</source>
        <translation>%1&#xa0;: n = %2 réponses (%3 personnalisées, %4 génériques).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 comments had a mean sentiment of %2 on a scale of −1 to +1.</source>
        <translation>%1 commentaires ont un sentiment moyen de %2 sur une échelle de −1 à +1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey indicators</source>
        <translation>Indicateurs des sondages</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What personalization cost and what it brought in: the incremental revenue is the gap in revenue per customer between reached and other customers times the reached customers, valued at a gross margin of %1.</source>
        <translation>Ce que la personnalisation a coûté et ce qu&apos;elle a rapporté&#xa0;: les revenus additionnels sont l&apos;écart de revenus par client entre les clients joints et les autres, multiplié par le nombre de clients joints, évalué à une marge brute de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost indicators</source>
        <translation>Indicateurs des coûts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalization cost</source>
        <translation>Coût de la personnalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquisition cost</source>
        <translation>Coût d&apos;acquisition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Joints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incremental revenue</source>
        <translation>Revenus additionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/report/report_content.cpp" line="+41"/>
        <source>ROI</source>
        <translation>RCI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Costs are the imported costs prorated by day. The incremental revenue compares customers who chose personalized experiences with others; the selection-adjusted estimate of the Overview (matched customers) is the more cautious figure.</source>
        <translation>Les coûts sont les coûts importés, répartis au prorata des jours. Les revenus additionnels comparent les clients qui ont choisi des expériences personnalisées aux autres; l&apos;estimation corrigée de la sélection de la Vue d&apos;ensemble (clients appariés) est le chiffre le plus prudent.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Randomized A/B tests: the conversion lift of each treatment arm over its control with its 95% interval. Only these comparisons prove an effect; the lifts elsewhere in this report compare customers who were not assigned at random.</source>
        <translation>Tests A/B randomisés&#xa0;: l&apos;écart de conversion de chaque variante par rapport à son témoin, avec son intervalle à 95&#xa0;%. Seules ces comparaisons prouvent un effet; les écarts ailleurs dans ce rapport comparent des clients qui n&apos;ont pas été répartis au hasard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversion lift over control</source>
        <translation>Écart de conversion par rapport au témoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift with its 95% interval</source>
        <translation>Écart et son intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Experiment indicators</source>
        <translation>Indicateurs des expériences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion rates compared with a two-proportion z-test (Fisher&apos;s exact test when a cell is below 5); lift interval by the Katz log method. The experiments appendix lists every arm with its n, sample-ratio check and decision.</source>
        <translation>Taux de conversion comparés par un test z de deux proportions (test exact de Fisher lorsqu&apos;une cellule est inférieure à 5); intervalle de l&apos;écart par la méthode logarithmique de Katz. L&apos;annexe des expériences liste chaque variante avec son n, le contrôle de la répartition et la décision.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How the credit for %1 conversions is shared among channels by each attribution model. Where the models agree, the channel&apos;s role is clear; where they differ, the channel matters at one stage of the journey.</source>
        <translation>Comment chaque modèle d&apos;attribution répartit le mérite de %1 conversions entre les canaux. Là où les modèles s&apos;accordent, le rôle du canal est clair; là où ils diffèrent, le canal compte à une étape du parcours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversions credited per channel</source>
        <translation>Conversions attribuées par canal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 journeys read, %2 converted; %3 conversions had no counted touch. %4</source>
        <translation>%1 parcours lus, %2 convertis; %3 conversions n&apos;avaient aucun point de contact compté. %4</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_content.cpp" line="-6"/>
        <source>Executive summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer experience</source>
        <translation>Expérience client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime value</source>
        <translation>Valeur à vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix A: Experiments</source>
        <translation>Annexe A&#xa0;: Expériences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix B: Methods</source>
        <translation>Annexe B&#xa0;: Méthodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix C: Glossary</source>
        <translation>Annexe C&#xa0;: Glossaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix D: Data quality</source>
        <translation>Annexe D&#xa0;: Qualité des données</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>compared with %1 (the same period last year)</source>
        <translation>comparée à la période %1 (la même période l&apos;an dernier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with %1 (the period before)</source>
        <translation>comparée à la période %1 (la période précédente)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2, imported %3</source>
        <translation>%1 — %2, importé le %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 files (%3 … %4), last imported %5</source>
        <translation>%1 — %2 fichiers (%3 … %4), dernière importation le %5</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unknown report section &apos;%1&apos;</source>
        <translation>section de rapport inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the workspace is read-only: %1</source>
        <translation>l&apos;espace de travail est en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no data yet</source>
        <translation>aucune donnée pour le moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does personalization pay off?</source>
        <translation>La personnalisation est-elle rentable?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made on %1</source>
        <translation>Produit le %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>indicators</source>
        <translation>les indicateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alerts</source>
        <translation>les alertes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>segments</source>
        <translation>les segments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cohorts</source>
        <translation>les cohortes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail</source>
        <translation>les courriels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>surveys</source>
        <translation>les sondages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>costs</source>
        <translation>les coûts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>experiments</source>
        <translation>les expériences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lifetime value</source>
        <translation>la valeur à vie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attribution</source>
        <translation>l&apos;attribution</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>imports and notes</source>
        <translation>les importations et les notes</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_customer_sections.cpp" line="-77"/>
        <source>No segments: %1.</source>
        <translation>Aucun segment&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers are grouped by recency, frequency and money spent (RFM) on the period&apos;s last day: %1 customers then, %2 at its start. The chart compares the revenue per customer of personalized and generic members of each segment.</source>
        <translation>Les clients sont regroupés selon la récence, la fréquence et le montant dépensé (RFM) au dernier jour de la période&#xa0;: %1 clients à ce moment, %2 à son début. Le graphique compare les revenus par client des membres personnalisés et génériques de chaque segment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revenue per customer by segment</source>
        <translation>Revenus par client selon le segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue per customer in the period</source>
        <translation>Revenus par client dans la période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat rate</source>
        <translation>Taux de réachat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue / customer</source>
        <translation>Revenus / client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV</source>
        <translation>VVC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>n = %1 segmented customers. Growth compares members on the last day with the day before the period; retention is the share of the members at the start who ordered again in the period. %2</source>
        <translation>n = %1 clients segmentés. La croissance compare les membres au dernier jour à ceux de la veille de la période; la fidélisation est la part des membres du début qui ont commandé de nouveau pendant la période. %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No cohorts: the workspace has no orders.</source>
        <translation>Aucune cohorte&#xa0;: l&apos;espace de travail n&apos;a aucune commande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers are grouped by the month of their first order; the curves show the share of each month&apos;s new customers who ordered again k months later, weighted by cohort size, for customers whose first order was personalized or generic.</source>
        <translation>Les clients sont regroupés selon le mois de leur première commande; les courbes montrent la part des nouveaux clients de chaque mois qui ont commandé de nouveau k mois plus tard, pondérée par la taille des cohortes, pour les clients dont la première commande était personnalisée ou générique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active customers by months since the first order</source>
        <translation>Clients actifs selon les mois depuis la première commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active in month k</source>
        <translation>Actifs au mois k</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <location filename="../../ui/report/report_sections.cpp" line="+68"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month 1</source>
        <translation>Mois 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month 2</source>
        <translation>Mois 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month 3</source>
        <translation>Mois 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month 6</source>
        <translation>Mois 6</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The last 12 monthly cohorts as of %1. A month still running is left out of the curves.</source>
        <translation>Les 12 dernières cohortes mensuelles au %1. Un mois encore en cours est exclu des courbes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Predicted customer lifetime value as of %1: the BG/NBD model predicts how often each customer will buy, the Gamma-Gamma model how much they spend.</source>
        <translation>Valeur à vie prévue des clients au %1&#xa0;: le modèle BG/NBD prévoit à quelle fréquence chaque client achètera, le modèle Gamma-Gamma combien il dépensera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifetime indicators</source>
        <translation>Indicateurs de valeur à vie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean predicted CLV by segment</source>
        <translation>VVC prévue moyenne selon le segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean predicted CLV</source>
        <translation>VVC prévue moyenne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted CLV</source>
        <translation>VVC prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn risk</source>
        <translation>Risque d&apos;attrition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat purchases</source>
        <translation>Achats répétés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customers worth a personal touch</source>
        <translation>Clients qui méritent une attention personnelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n = %1 customers with a prediction. Listed: predicted CLV in the top quarter and churn risk of 50% or more, highest CLV × churn risk first (at most 20).</source>
        <translation>n = %1 clients avec une prévision. Listés&#xa0;: VVC prévue dans le quart supérieur et risque d&apos;attrition de 50&#xa0;% ou plus, la VVC × risque d&apos;attrition la plus élevée en premier (au plus 20).</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_job.cpp" line="+21"/>
        <source>Loading %1</source>
        <translation>Chargement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_section_parts.cpp" line="+33"/>
        <source>no period</source>
        <translation>aucune période</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_sections.cpp" line="-43"/>
        <source>This report covers %1, compared with %2. The five indicators below matter most for this period: significant differences between personalized and generic customers, the largest changes since the comparison period and targets that are off track (the rule is in the methods appendix).</source>
        <translation>Ce rapport couvre la période %1, comparée à la période %2. Les cinq indicateurs ci-dessous sont les plus importants pour cette période&#xa0;: différences significatives entre clients personnalisés et génériques, plus fortes variations depuis la période de comparaison et cibles hors d&apos;atteinte (la règle figure dans l&apos;annexe des méthodes).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No indicator could be computed for this period.</source>
        <translation>Aucun indicateur n&apos;a pu être calculé pour cette période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifts compare personalized with generic customers; ★ marks p &lt; 0.05. Intervals are 95% confidence intervals. A lift among customers who were not assigned at random shows an association, not a proven effect.</source>
        <translation>Les écarts comparent les clients personnalisés aux clients génériques; ★ indique p &lt; 0,05. Les intervalles sont des intervalles de confiance à 95&#xa0;%. Un écart entre des clients qui n&apos;ont pas été répartis au hasard montre une association, pas un effet prouvé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workspace has no orders yet.</source>
        <translation>L&apos;espace de travail n&apos;a encore aucune commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue per month, all customers</source>
        <translation>Revenus par mois, tous les clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net revenue</source>
        <translation>Revenus nets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every indicator of the period, with its change since %1 and, where customers can be told apart, the lift of personalized over generic customers.</source>
        <translation>Tous les indicateurs de la période, avec leur variation depuis la période %1 et, lorsque les clients peuvent être distingués, l&apos;écart des clients personnalisés par rapport aux clients génériques.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly net revenue of valid orders (cancelled, voided and refunded orders left out) over %1 months, %2 orders in all.</source>
        <translation>Revenus nets mensuels des commandes valides (commandes annulées et remboursées exclues) sur %1 mois, %2 commandes en tout.</translation>
    </message>
    <message>
        <location filename="../../ui/report/report_tiles.cpp" line="+27"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (IC à 95&#xa0;% de %1 à %2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 vs comparison</source>
        <translation>%1 vs comparaison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personalized %1%2</source>
        <translation>Personnalisé %1%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not available: %1.</source>
        <translation>Non disponible&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For personalized customers the %1 is %2 higher than for generic ones%3</source>
        <translation>Pour les clients personnalisés, l&apos;indicateur «&#xa0;%1&#xa0;» est %2 plus élevé que pour les clients génériques%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For personalized customers the %1 is %2 lower than for generic ones%3</source>
        <translation>Pour les clients personnalisés, l&apos;indicateur «&#xa0;%1&#xa0;» est %2 plus bas que pour les clients génériques%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; a gap this size is unlikely to be chance (%1).</source>
        <translation>; un écart de cette taille est peu probablement dû au hasard (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, but a gap this size could be chance (%1).</source>
        <translation>, mais un écart de cette taille pourrait être dû au hasard (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Self-selected: not proven by an experiment.</source>
        <translation>Autosélection&#xa0;: non prouvé par une expérience.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It rose by %1 since the comparison period (from %2).</source>
        <translation>Il a augmenté de %1 depuis la période de comparaison (de %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It fell by %1 since the comparison period (from %2).</source>
        <translation>Il a diminué de %1 depuis la période de comparaison (de %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is unchanged since the comparison period.</source>
        <translation>Il n&apos;a pas changé depuis la période de comparaison.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target: %1.</source>
        <translation>Cible&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Scale “%1” of the experiment “%2”: in a randomized test it converted %3 against “%4” (%5).</source>
        <translation>Étendre «&#xa0;%1&#xa0;» de l&apos;expérience «&#xa0;%2&#xa0;»&#xa0;: dans un test randomisé, elle a converti %3 par rapport à «&#xa0;%4&#xa0;» (%5).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Scale nothing on evidence alone yet: no concluded experiment shows a significant win for a personalization (%n experiment(s) stored).</source>
        <translation>
            <numerusform>N&apos;étendre encore rien sur la seule foi des données&#xa0;: aucune expérience terminée ne montre un gain significatif pour une personnalisation (%n expérience enregistrée).</numerusform>
            <numerusform>N&apos;étendre encore rien sur la seule foi des données&#xa0;: aucune expérience terminée ne montre un gain significatif pour une personnalisation (%n expériences enregistrées).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test the personalization behind the %1 with a randomized experiment: personalized customers show %2, but they were not assigned at random.</source>
        <translation>Tester la personnalisation derrière l&apos;indicateur «&#xa0;%1&#xa0;» par une expérience randomisée&#xa0;: les clients personnalisés montrent %2, mais ils n&apos;ont pas été répartis au hasard.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing self-selected stands out to test: no personalized-vs-generic gap is significant in this period.</source>
        <translation>Aucune autosélection ne ressort à tester&#xa0;: aucun écart personnalisé vs générique n&apos;est significatif pour cette période.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Watch %1: %2.</source>
        <translation>Surveiller %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Watch the %1: %2</source>
        <translation>Surveiller l&apos;indicateur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needs watching: no target is off track and no anomaly was found.</source>
        <translation>Rien à surveiller&#xa0;: aucune cible n&apos;est hors d&apos;atteinte et aucune anomalie n&apos;a été trouvée.</translation>
    </message>
</context>
<context>
    <name>StudioOptions</name>
    <message>
        <location filename="../../app/studio_main.cpp" line="+45"/>
        <source>Render a page to &lt;png&gt; once loaded, then exit.</source>
        <translation>Enregistrer une page dans &lt;png&gt; une fois chargée, puis quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page to show (default: overview).</source>
        <translation>La page à afficher (par défaut&#xa0;: overview).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window size of a screenshot (default: 1440x900).</source>
        <translation>La taille de la fenêtre d&apos;une capture d&apos;écran (par défaut&#xa0;: 1440x900).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day of a custom period (with --to).</source>
        <translation>Premier jour d&apos;une période personnalisée (avec --to).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of a custom period (with --from).</source>
        <translation>Dernier jour d&apos;une période personnalisée (avec --from).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the bundled demo shop (made and imported on first use).</source>
        <translation>Ouvrir la boutique de démonstration fournie (créée et importée à la première utilisation).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window&apos;s language: fr or en (default: the Preferences&apos; choice, else the system&apos;s).</source>
        <translation>La langue de la fenêtre&#xa0;: fr ou en (par défaut&#xa0;: le choix des Préférences, sinon celle du système).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The theme for this run: system, light or dark (default: the one chosen in Preferences).</source>
        <translation>Le thème pour cette exécution : system, light ou dark (par défaut : celui choisi dans les Préférences).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The zoom for this run in percent, 80–200 (default: the one chosen in Preferences).</source>
        <translation>Le zoom pour cette exécution, en pour cent, de 80 à 200 (par défaut : celui choisi dans les Préférences).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personalization Value Indicators for small businesses. Without a workspace, opens on the start page: open your exports, a workspace, or the demo shop.</source>
        <translation>Indicateurs de valeur de la personnalisation pour les petites entreprises. Sans espace de travail, s’ouvre sur la page d’accueil : ouvrez vos exports, un espace de travail ou la boutique de démonstration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The .pvi workspace to open.</source>
        <translation>L&apos;espace de travail .pvi à ouvrir.</translation>
    </message>
</context>
<context>
    <name>ValueFormatText</name>
    <message>
        <location filename="../../ui/widgets/value_format.cpp" line="+79"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year to date</source>
        <translation>Depuis le début de l’année</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 pp</source>
        <comment>a change in percentage points</comment>
        <translation>%1 pts</translation>
    </message>
</context>
<context>
    <name>pvi::AlertsPanel</name>
    <message>
        <location filename="../../ui/widgets/alerts_panel.cpp" line="+23"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking the latest days and the targets…</source>
        <translation>Vérification des derniers jours et des cibles…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No orders yet: alerts appear once orders are imported.</source>
        <translation>Aucune commande pour le moment&#xa0;: les alertes apparaîtront une fois les commandes importées.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Daily revenue and orders of the 4 weeks to %1 against the same weekdays before; %n target(s) set.</source>
        <translation>
            <numerusform>Revenus et commandes quotidiens des 4 semaines jusqu’au %1, comparés aux mêmes jours de la semaine auparavant; %n cible définie.</numerusform>
            <numerusform>Revenus et commandes quotidiens des 4 semaines jusqu’au %1, comparés aux mêmes jours de la semaine auparavant; %n cibles définies.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All clear. %1</source>
        <translation>Rien à signaler. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alert(s). %1</source>
        <translation>
            <numerusform>%n alerte. %1</numerusform>
            <numerusform>%n alertes. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pvi::AppearanceActions</name>
    <message>
        <location filename="../../ui/shell/appearance_actions.cpp" line="+24"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
</context>
<context>
    <name>pvi::BacktestChart</name>
    <message>
        <location filename="../../ui/charts/backtest_chart.cpp" line="+48"/>
        <location line="+77"/>
        <source>No backtest yet.</source>
        <translation>Pas encore de validation rétrospective.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Backtest: cumulative repeat purchases in the holdout</source>
        <translation>Validation&#xa0;: achats répétés cumulés dans la période de contrôle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Predicted</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calibration end %1</source>
        <translation>Fin du calage %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>weeks after the calibration period (holdout)</source>
        <translation>semaines après la période de calage (contrôle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeat purchases</source>
        <translation>achats répétés</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>week %1</source>
        <translation>semaine %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>predicted</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holdout after %1. </source>
        <translation>Période de contrôle après le %1. </translation>
    </message>
</context>
<context>
    <name>pvi::BarChart</name>
    <message>
        <location filename="../../ui/charts/bar_chart.cpp" line="+35"/>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
</context>
<context>
    <name>pvi::CohortHeatmap</name>
    <message>
        <location filename="../../ui/charts/cohort_heatmap.cpp" line="+73"/>
        <source>No cohorts yet.</source>
        <translation>Pas encore de cohortes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the mean over cohorts</source>
        <translation>la moyenne des cohortes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cohorts from %1 to %2 (%3 in all). </source>
        <translation>Cohortes de %1 à %2 (%3 en tout). </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No cohorts yet</source>
        <translation>Aucune cohorte pour le moment</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Months since first order</source>
        <translation>Mois depuis la première commande</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1 cohort (%n customer(s)), month +%2: %3 %4</source>
        <translation>
            <numerusform>Cohorte de %1 (%n client), mois +%2&#xa0;: %3 %4</numerusform>
            <numerusform>Cohorte de %1 (%n clients), mois +%2&#xa0;: %3 %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pvi::DemoWorkspace</name>
    <message>
        <location filename="../../ui/shell/demo_workspace.cpp" line="+29"/>
        <source>Cannot create the folder %1 for the demo shop.</source>
        <translation>Impossible de créer le dossier %1 de la boutique de démonstration.</translation>
    </message>
</context>
<context>
    <name>pvi::ExportMenu</name>
    <message>
        <location filename="../../ui/shell/export_menu.cpp" line="+58"/>
        <source>Save as %1</source>
        <translation>Enregistrer en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the table or chart was closed</source>
        <translation>le tableau ou le graphique a été fermé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Copy as text</source>
        <translation>Copier comme texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as Excel workbook…</source>
        <translation>Enregistrer comme classeur Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PNG could not be written</source>
        <translation>impossible d&apos;écrire le PNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>pvi::FilterBar</name>
    <message>
        <location filename="../../ui/shell/filter_bar.cpp" line="+33"/>
        <source>This page uses all of the workspace&apos;s data.</source>
        <translation>Cette page utilise toutes les données de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last 30 days of data</source>
        <translation>30 derniers jours de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 90 days of data</source>
        <translation>90 derniers jours de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 365 days of data</source>
        <translation>365 derniers jours de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year to date</source>
        <translation>Depuis le début de l’année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same period last year</source>
        <translation>Même période l&apos;an dernier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+13"/>
        <source>Compared with</source>
        <translation>Comparé à</translation>
    </message>
</context>
<context>
    <name>pvi::ImportIssueModel</name>
    <message>
        <location filename="../../ui/import/import_issue_model.cpp" line="+58"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>pvi::ImportProgressDialog</name>
    <message>
        <location filename="../../ui/import/import_progress_dialog.cpp" line="+21"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling — the file being imported is rolled back…</source>
        <translation>Annulation — le fichier en cours d&apos;importation est restauré…</translation>
    </message>
</context>
<context>
    <name>pvi::ImportReportDialog</name>
    <message>
        <location filename="../../ui/import/import_report_dialog.cpp" line="+28"/>
        <source>%1: cancelled, nothing was changed.</source>
        <translation>%1&#xa0;: annulé, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not imported — %2</source>
        <translation>%1&#xa0;: non importé — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3 rows read; %4 added, %5 updated, %6 unchanged; %7 new customers, %8 matched; %9 issues.</source>
        <translation>%1 (%2)&#xa0;: %3 rangées lues; %4 ajoutées, %5 mises à jour, %6 inchangées; %7 nouveaux clients, %8 reconnus; %9 problèmes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+68"/>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The import was cancelled: the file in progress was rolled back and left the workspace as it was.</source>
        <translation>L&apos;importation a été annulée&#xa0;: le fichier en cours a été restauré et l&apos;espace de travail est resté tel quel.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Double-click an issue to see its row of the file.</source>
        <translation>Double-cliquez sur un problème pour voir sa rangée dans le fichier.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This issue concerns the whole file, not one row.</source>
        <translation>Ce problème concerne tout le fichier, pas une rangée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading line %1…</source>
        <translation>Lecture de la ligne %1…</translation>
    </message>
</context>
<context>
    <name>pvi::ImportWizard</name>
    <message>
        <location filename="../../ui/import/import_wizard.cpp" line="+22"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>pvi::ImportWizardFileModel</name>
    <message>
        <location filename="../../ui/import/import_wizard_file_model.cpp" line="+136"/>
        <location line="+15"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mapping saved for this header</source>
        <translation>Correspondance des colonnes enregistrée pour cet en-tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recognised (best match %1%)</source>
        <translation>Non reconnu (meilleure correspondance %1&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2%</source>
        <translation>%1 — %2&#xa0;%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ Ready</source>
        <translation>✓ Prêt</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected source</source>
        <translation>Source détectée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>pvi::ImportWizardFilesPage</name>
    <message>
        <location filename="../../ui/import/import_wizard_files_page.cpp" line="+22"/>
        <source>Add Files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each file&apos;s source is detected from its header. Choose another source in “Import as” when the detection is wrong.</source>
        <translation>La source de chaque fichier est détectée à partir de son en-tête. Choisissez une autre source dans «&#xa0;Importer comme&#xa0;» si la détection est erronée.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add Files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.zip *.csv.gz *.gz);;All files (*)</source>
        <translation>Exportations (*.csv *.tsv *.txt *.xlsx *.zip *.csv.gz *.gz);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>pvi::ImportWizardMappingPage</name>
    <message>
        <location filename="../../ui/import/import_wizard_mapping_page.cpp" line="+29"/>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the column that holds each order field. Fields marked * are required. The mapping is remembered for files with the same header.</source>
        <translation>Choisissez la colonne qui contient chaque champ de commande. Les champs marqués * sont obligatoires. La correspondance est mémorisée pour les fichiers ayant le même en-tête.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No file is imported as generic.</source>
        <translation>Aucun fichier n&apos;est importé comme générique.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not mapped)</source>
        <translation>(non associé)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Looking for a saved mapping…</source>
        <translation>Recherche d&apos;une correspondance enregistrée…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre-filled from the mapping saved for this header.</source>
        <translation>Prérempli à partir de la correspondance enregistrée pour cet en-tête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-filled from the column names: check each field.</source>
        <translation>Prérempli à partir des noms de colonnes&#xa0;: vérifiez chaque champ.</translation>
    </message>
</context>
<context>
    <name>pvi::ImportWizardPreviewModel</name>
    <message>
        <location filename="../../ui/import/import_wizard_preview_model.cpp" line="+57"/>
        <source>Mapping: %1.</source>
        <translation>Correspondance&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+99"/>
        <source>Required column “%1” is missing: a %2 needs it.</source>
        <translation>La colonne obligatoire «&#xa0;%1&#xa0;» manque&#xa0;: un fichier %2 en a besoin.</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+116"/>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>La ligne %1 a %2 champs; l&apos;en-tête en a %3.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>%1 more rows have a different number of fields than the header.</source>
        <translation>%1 autres rangées n&apos;ont pas le même nombre de champs que l&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Line %1 ends after %2 fields: this column has no value.</source>
        <translation>La ligne %1 se termine après %2 champs&#xa0;: cette colonne n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 has more fields than the header (%2).</source>
        <translation>La ligne %1 a plus de champs que l&apos;en-tête (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has no “%1” column.</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ %1 (missing)</source>
        <translation>⚠ %1 (manquante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ (no header)</source>
        <translation>⚠ (sans en-tête)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Some rows have more fields than the header.</source>
        <translation>Certaines rangées ont plus de champs que l&apos;en-tête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported as “%1”.</source>
        <translation>Importé comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
</context>
<context>
    <name>pvi::ImportWizardPreviewPage</name>
    <message>
        <location filename="../../ui/import/import_wizard_preview_page.cpp" line="+27"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first %1 rows of the file as they will be read. Problems are highlighted.</source>
        <translation>Les %1 premières rangées du fichier telles qu’elles seront lues. Les problèmes sont surlignés.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows shown (the file has more) · read as %2</source>
        <translation>%1 rangées affichées (le fichier en compte davantage) · lu comme %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows shown · read as %2</source>
        <translation>%1 rangées affichées · lu comme %2</translation>
    </message>
</context>
<context>
    <name>pvi::ImportWizardSourceDelegate</name>
    <message>
        <location filename="../../ui/import/import_wizard_source_delegate.cpp" line="+19"/>
        <source>Choose a source…</source>
        <translation>Choisir une source…</translation>
    </message>
</context>
<context>
    <name>pvi::ImportWizardValidationPage</name>
    <message>
        <location filename="../../ui/import/import_wizard_validation_page.cpp" line="+24"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file must have a source and the columns that source needs.</source>
        <translation>Chaque fichier doit avoir une source et les colonnes dont cette source a besoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no file to import: go back and add one.</source>
        <translation>Il n&apos;y a aucun fichier à importer&#xa0;: revenez en arrière pour en ajouter un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is ready to import.</source>
        <translation>Le fichier est prêt à être importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 files are ready to import.</source>
        <translation>Les %1 fichiers sont prêts à être importés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 files cannot be imported as chosen. Go back to choose another source or remove them; Import stays disabled until then.</source>
        <translation>%1 fichiers sur %2 ne peuvent pas être importés tels que choisis. Revenez en arrière pour choisir une autre source ou les retirer; Importer reste désactivé d&apos;ici là.</translation>
    </message>
</context>
<context>
    <name>pvi::IntervalChart</name>
    <message>
        <location filename="../../ui/charts/interval_chart.cpp" line="+55"/>
        <location line="+17"/>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1: %2 (95% interval %3 to %4)</source>
        <translation>%1 : %2 (intervalle à 95 % de %3 à %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimates of %1 (%2 in all): </source>
        <translation>Estimations de %1 (%2 en tout) : </translation>
    </message>
</context>
<context>
    <name>pvi::LineChart</name>
    <message>
        <location filename="../../ui/charts/line_chart.cpp" line="+61"/>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
</context>
<context>
    <name>pvi::MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="+82"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pages of the window; Ctrl+1 to Ctrl+0 show them.</source>
        <translation>Les pages de la fenêtre; Ctrl+1 à Ctrl+0 les affichent.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Open a workspace or drop a CSV export onto the window.</source>
        <translation>Ouvrez un espace de travail ou déposez une exportation CSV sur la fenêtre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l’espace de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to copy: click a table or a chart first.</source>
        <translation>Rien à copier&#xa0;: cliquez d&apos;abord sur un tableau ou un graphique.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PVI &amp;Catalogue</source>
        <translation>&amp;Catalogue des PVI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About PVI Studio</source>
        <translation>&amp;À propos de PVI Studio</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+116"/>
        <location line="+180"/>
        <location line="+5"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The workspace is read-only: %1.</source>
        <translation>L&apos;espace de travail est en lecture seule&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — PVI Studio</source>
        <translation>%1 — PVI Studio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Undoing %1…</source>
        <translation>Annulation : %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 could not be undone: %2</source>
        <translation>Impossible d’annuler « %1 » : %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Undone: %1.</source>
        <translation>Annulé : %1.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d’abord un espace de travail.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Demo shop</source>
        <translation>Boutique de démonstration</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Open Your Exports</source>
        <translation>Ouvrir vos exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace %1 made for your exports.</source>
        <translation>Espace de travail %1 créé pour vos exports.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the demo shop: a made-up Toronto bakery with a year of orders, e-mails, surveys and web visits. Open your own exports with File › Import, or go back to the start with File › Close Workspace.</source>
        <translation>Voici la boutique de démonstration : une boulangerie torontoise fictive, avec un an de commandes, de courriels, de sondages et de visites web. Ouvrez vos propres exports avec Fichier › Importer, ou revenez à l’accueil avec Fichier › Fermer l’espace de travail.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>PVI workspaces (*.pvi)</source>
        <translation>Espaces de travail PVI (*.pvi)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PVI workspaces (*.pvi);;All files (*)</source>
        <translation>Espaces de travail PVI (*.pvi);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Exports</source>
        <translation>Importer des exportations</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <source>Exports (*.csv *.tsv *.txt *.xlsx *.zip *.csv.gz *.gz);;All files (*)</source>
        <translation>Exportations (*.csv *.tsv *.txt *.xlsx *.zip *.csv.gz *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+33"/>
        <source>Create or open a workspace first (File › New Workspace…).</source>
        <translation>Créez ou ouvrez d&apos;abord un espace de travail (Fichier › Nouvel espace de travail…).</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+33"/>
        <source>This workspace is read-only (%1): nothing can be imported into it.</source>
        <translation>Cet espace de travail est en lecture seule (%1)&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
</context>
<context>
    <name>pvi::PreferencesDialog</name>
    <message>
        <location filename="../../ui/shell/preferences_dialog.cpp" line="+30"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language changes at the next start of PVI Studio.</source>
        <translation>La langue change au prochain démarrage de PVI Studio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
</context>
<context>
    <name>pvi::PviTile</name>
    <message>
        <location filename="../../ui/widgets/pvi_tile.cpp" line="+28"/>
        <source>n/a (n = %1)</source>
        <translation>s.o. (n = %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not available — %1</source>
        <translation>Non disponible — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+76"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>No previous period to compare</source>
        <translation>Aucune période précédente à comparer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1  vs previous period</source>
        <translation>%1  vs période précédente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lift vs generic: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Écart vs générique&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lift vs generic: n/a</source>
        <translation>Écart vs générique&#xa0;: s.o.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, recent trend</source>
        <translation>%1, tendance récente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not available: %1.</source>
        <translation>Non disponible : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No previous period to compare.</source>
        <translation>Aucune période précédente pour comparer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up %1 on the previous period.</source>
        <translation>En hausse de %1 par rapport à la période précédente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down %1 on the previous period.</source>
        <translation>En baisse de %1 par rapport à la période précédente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged from the previous period.</source>
        <translation>Inchangé par rapport à la période précédente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalized %1, generic %2.</source>
        <translation>Personnalisé %1, générique %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lift vs generic.</source>
        <translation>Aucun gain par rapport au générique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lift vs generic %1, significant (p &lt; 0.05).</source>
        <translation>Gain par rapport au générique %1, significatif (p &lt; 0,05).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift vs generic %1, not significant.</source>
        <translation>Gain par rapport au générique %1, non significatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjusted for who tends to get personalized.</source>
        <translation>Ajusté selon les clients qui ont tendance à recevoir la personnalisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a randomized experiment.</source>
        <translation>Issu d’une expérience randomisée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The groups are self-selected: the difference is not proof of cause.</source>
        <translation>Les groupes se sont sélectionnés eux-mêmes : l’écart ne prouve pas la cause.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;i&gt;Formula:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Formule&#xa0;:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;Not available:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Non disponible&#xa0;:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous period: %1</source>
        <translation>Période précédente&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalized: %1&lt;br&gt;Generic: %2</source>
        <translation>Personnalisé&#xa0;: %1&lt;br&gt;Générique&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lift: %1</source>
        <translation>Écart&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, 95% CI %1 to %2</source>
        <translation>, IC à 95&#xa0;% de %1 à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (★ when p &lt; 0.05)</source>
        <translation>%1 (★ lorsque p &lt; 0,05)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched on the year before the first personalized order (propensity score), so who tends to get personalized is taken out.</source>
        <translation>Appariés sur l&apos;année précédant la première commande personnalisée (score de propension), de sorte que le profil des clients qui tendent à être personnalisés est neutralisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>† Groups are self-selected: a difference is not proof of cause.</source>
        <translation>† Les groupes sont autosélectionnés&#xa0;: une différence ne prouve pas une cause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;Adjusted for selection:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Corrigé de la sélection&#xa0;:&lt;/i&gt; %1</translation>
    </message>
</context>
<context>
    <name>pvi::RemovalUndo</name>
    <message>
        <location filename="../../ui/shell/removal_undo.cpp" line="+64"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
</context>
<context>
    <name>pvi::ReportActions</name>
    <message>
        <location filename="../../ui/shell/report_actions.cpp" line="+32"/>
        <source>&amp;Export Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Present</source>
        <translation>Pré&amp;senter</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+17"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the indicators</source>
        <translation>Chargement des indicateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report cancelled: nothing was written.</source>
        <translation>Rapport annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Report saved to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Rapport enregistré dans %1 (%n page).</numerusform>
            <numerusform>Rapport enregistré dans %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pvi::SegmentBarChart</name>
    <message>
        <location filename="../../ui/charts/segment_bar_chart.cpp" line="+27"/>
        <location line="+12"/>
        <source>RFM segments (customers)</source>
        <translation>Segments RFM (clients)</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+21"/>
        <source>No customers yet.</source>
        <translation>Pas encore de clients.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>RFM segments — no customers yet</source>
        <translation>Segments RFM — aucun client pour le moment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>pvi::StartPage</name>
    <message>
        <location filename="../../ui/shell/start_page.cpp" line="+58"/>
        <source>Open your exports…</source>
        <translation>Ouvrir vos exports…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders, e-mail, survey or analytics CSV files: a workspace is made beside them.</source>
        <translation>Fichiers CSV de commandes, de courriels, de sondages ou d’analytique : un espace de travail est créé à côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .pvi file you or your consultant made before.</source>
        <translation>Un fichier .pvi créé auparavant par vous ou votre consultant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo shop</source>
        <translation>Essayer la boutique de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up Toronto bakery: a year of orders, e-mails, surveys and web visits.</source>
        <translation>Une boulangerie torontoise fictive : un an de commandes, de courriels, de sondages et de visites web.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PVI Studio</source>
        <translation>PVI Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Does your personalization pay off? Open your shop&apos;s exports and see, for personalized and generic customers side by side.</source>
        <translation>Votre personnalisation est-elle rentable? Ouvrez les exports de votre boutique et voyez-le, clients personnalisés et génériques côte à côte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything stays on this computer: PVI Studio never goes online.</source>
        <translation>Tout reste sur cet ordinateur : PVI Studio ne se connecte jamais à Internet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 — in %2</source>
        <translation>%1 — dans %2</translation>
    </message>
</context>
<context>
    <name>pvi::TrendChart</name>
    <message>
        <location filename="../../ui/charts/trend_chart.cpp" line="+30"/>
        <location line="+11"/>
        <source>Revenue and orders per month</source>
        <translation>Revenus et commandes par mois</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+118"/>
        <source>No orders yet.</source>
        <translation>Pas encore de commandes.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Revenue and orders per month — no orders yet</source>
        <translation>Revenus et commandes par mois — aucune commande pour le moment</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>Net revenue</source>
        <translation>Revenus nets</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>Net revenue (%1)</source>
        <translation>Revenus nets (%1)</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+69"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>thousands</source>
        <translation>milliers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <comment>currency, thousands</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>net revenue</source>
        <translation>revenu net</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
</context>
<context>
    <name>pvi::report::PresentationWindow</name>
    <message>
        <location filename="../../ui/report/presentation_window.cpp" line="+24"/>
        <source>Presenter view</source>
        <translation>Vue du présentateur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1:%2   slide %3 of %4</source>
        <translation>%1:%2   diapositive %3 sur %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no consultant&apos;s note for this section)</source>
        <translation>(aucune note du consultant pour cette section)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Preparing the slides…</source>
        <translation>Préparation des diapositives…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
</context>
<context>
    <name>pvi::report::ReportDialog</name>
    <message>
        <location filename="../../ui/report/report_dialog.cpp" line="+54"/>
        <location line="+200"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultant&apos;s &amp;notes</source>
        <translation>&amp;Notes du consultant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the filter bar&apos;s)</source>
        <translation>%1 (celle de la barre de filtre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG, JPEG or SVG files, separated by ;</source>
        <translation>Fichiers PNG, JPEG ou SVG, séparés par ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logos</source>
        <translation>Logos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also a 16:9 slide deck (…-slides.pdf)</source>
        <translation>Aussi une présentation 16:9 (…-slides.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onsultant:</source>
        <translation>C&amp;onsultant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logos:</source>
        <translation>&amp;Logos&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Sections&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A few sentences for the client, printed at the end of the section.</source>
        <translation>Quelques phrases pour le client, imprimées à la fin de la section.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes cannot be changed: %1.</source>
        <translation>Les notes ne peuvent pas être modifiées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes are stored in the workspace, up to %1 characters each.</source>
        <translation>Les notes sont enregistrées dans l&apos;espace de travail, jusqu&apos;à %1 caractères chacune.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Section:</source>
        <translation>Section&#xa0;:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Notes not saved</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes could not be stored: %1</source>
        <translation>Impossible d&apos;enregistrer les notes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
</context>
</TS>
