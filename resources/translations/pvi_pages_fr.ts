<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AttributionLoader</name>
    <message>
        <location filename="../../ui/pages/attribution_loader.cpp" line="+16"/>
        <source>First touch</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last touch</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time decay</source>
        <translation>Décroissance temporelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position-based</source>
        <translation>Basé sur la position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W-shaped</source>
        <translation>En W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markov</source>
        <translation>Markov</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attribution could not be computed</source>
        <translation>Impossible de calculer l&apos;attribution</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No journey with a touch converted yet: import orders, or touchpoints and conversions, to compare attribution models.</source>
        <translation>Aucun parcours avec un contact n&apos;a encore converti : importez des commandes, ou des points de contact et des conversions, pour comparer les modèles d&apos;attribution.</translation>
    </message>
</context>
<context>
    <name>CohortsLoader</name>
    <message>
        <location filename="../../ui/pages/cohorts_loader.cpp" line="+47"/>
        <source>The workspace could not be read</source>
        <translation>Impossible de lire l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>DataEdits</name>
    <message>
        <location filename="../../ui/pages/data_edits.cpp" line="+38"/>
        <source>The workspace cannot be changed: %1.</source>
        <translation>Impossible de modifier l&apos;espace de travail : %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The workspace could not be changed: %1</source>
        <translation>L&apos;espace de travail n&apos;a pas pu être modifié : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Import batch removed with everything it brought.</source>
        <translation>Lot d&apos;importation retiré avec tout ce qu&apos;il avait apporté.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;%1&apos; is now about personalization ethics and a segment.</source>
        <translation>« %1 » porte maintenant sur l&apos;éthique de la personnalisation et est un segment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is now about personalization ethics.</source>
        <translation>« %1 » porte maintenant sur l&apos;éthique de la personnalisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is now a segment.</source>
        <translation>« %1 » est maintenant un segment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is now neither about ethics nor a segment.</source>
        <translation>« %1 » ne porte plus sur l&apos;éthique et n&apos;est plus un segment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Note: %1.</source>
        <translation> Remarque : %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personalization rule added.</source>
        <translation>Règle de personnalisation ajoutée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personalization rule removed.</source>
        <translation>Règle de personnalisation retirée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segment &apos;%1&apos; saved: choose it under Segment by on the Segments page.</source>
        <translation>Segment « %1 » enregistré : choisissez-le sous Segmenter par, dans la page Segments.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment &apos;%1&apos; removed.</source>
        <translation>Segment « %1 » retiré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no segment &apos;%1&apos;</source>
        <translation>il n&apos;y a pas de segment « %1 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost added.</source>
        <translation>Coût ajouté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cost removed.</source>
        <translation>Coût retiré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Target saved.</source>
        <translation>Cible enregistrée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target removed.</source>
        <translation>Cible retirée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no target for %1</source>
        <translation>il n&apos;y a pas de cible pour %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>DataPageLoader</name>
    <message>
        <location filename="../../ui/pages/data_page_loader.cpp" line="+50"/>
        <source>no value in the selected period</source>
        <translation>aucune valeur dans la période sélectionnée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workspace could not be read</source>
        <translation>Impossible de lire l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no import batch %1 any more</source>
        <translation>le lot d&apos;importation %1 n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the import report could not be read: %1</source>
        <translation>impossible de lire le rapport d&apos;importation : %1</translation>
    </message>
</context>
<context>
    <name>EmailLoader</name>
    <message>
        <location filename="../../ui/pages/email_loader.cpp" line="+24"/>
        <source>No email data yet: %1 (Mailchimp campaigns or audience, Klaviyo campaigns or profiles), or per-recipient activity for the fatigue chart.</source>
        <translation>Aucune donnée courriel pour l&apos;instant : %1 (campagnes ou audience Mailchimp, campagnes ou profils Klaviyo), ou l&apos;activité par destinataire pour le graphique de fatigue.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No email campaign was sent between %1 and %2 (the latest email data are from %3): choose a longer period in the filter bar.</source>
        <translation>Aucune campagne courriel n&apos;a été envoyée entre le %1 et le %2 (les données courriel les plus récentes datent du %3) : choisissez une période plus longue dans la barre de filtre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The email data could not be read</source>
        <translation>Impossible de lire les données courriel</translation>
    </message>
</context>
<context>
    <name>ExperienceLoader</name>
    <message>
        <location filename="../../ui/pages/experience_loader.cpp" line="+118"/>
        <source>No survey data yet: import a Google Forms, SurveyMonkey or Typeform export with an NPS, CSAT or CES question or free-text comments (File › Import…, or pvi import WS.pvi FILE).</source>
        <translation>Aucune donnée de sondage pour l&apos;instant : importez une exportation Google Forms, SurveyMonkey ou Typeform avec une question NPS, CSAT ou CES ou des commentaires libres (Fichier › Importer…, ou pvi import WS.pvi FICHIER).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 imported survey answers have no date, so they count in no period: export the survey with its time column (Google Forms&apos; Timestamp, SurveyMonkey&apos;s End Date, Typeform&apos;s Submit Date).</source>
        <translation>Les %1 réponses de sondage importées n&apos;ont pas de date et ne comptent donc dans aucune période : exportez le sondage avec sa colonne d&apos;heure (Timestamp de Google Forms, End Date de SurveyMonkey, Submit Date de Typeform).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The survey data could not be read</source>
        <translation>Impossible de lire les données de sondage</translation>
    </message>
</context>
<context>
    <name>ExperimentSummary</name>
    <message>
        <location filename="../../ui/pages/experiment_summary.cpp" line="+75"/>
        <source>won</source>
        <translation>gagné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>broken split</source>
        <translation>répartition faussée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may stop</source>
        <translation>peut s&apos;arrêter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inconclusive</source>
        <translation>non concluant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lift not defined: %1</source>
        <translation>Hausse non définie : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (IC à 95 % : %1 à %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (95% CI %1% to %2%)</source>
        <translation> (IC à 95 % : %1 % à %2 %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Planner: an arm has no visitors yet.</source>
        <translation>Planificateur : une variante n&apos;a pas encore de visiteurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planner: the arms convert at the same rate, so no sample size would tell them apart; decide on the smallest gap worth detecting first.</source>
        <translation>Planificateur : les variantes convertissent au même taux, aucune taille d&apos;échantillon ne permettrait donc de les distinguer; décidez d&apos;abord du plus petit écart qui vaut la peine d&apos;être détecté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planner: %1</source>
        <translation>Planificateur : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planner: confirming a %1-point gap needs %2 visitors per arm at 80% power; this test already has %3 in its smaller arm.</source>
        <translation>Planificateur : confirmer un écart de %1 points nécessite %2 visiteurs par variante avec une puissance de 80 %; ce test en a déjà %3 dans sa plus petite variante.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planner: the gap is significant already, but a test planned to find a %1-point gap with 80% power needs %2 visitors per arm and this one has %3: significant results of under-powered tests tend to overstate the lift, so expect less once it is rolled out.</source>
        <translation>Planificateur : l&apos;écart est déjà significatif, mais un test prévu pour détecter un écart de %1 points avec une puissance de 80 % nécessite %2 visiteurs par variante, et celui-ci en a %3 : les résultats significatifs des tests manquant de puissance ont tendance à exagérer la hausse, attendez-vous donc à moins une fois le changement déployé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planner: with your traffic this test needs %1 more visitors per arm to confirm a %2-point gap (%3 per arm at 80% power, α = 0.05)</source>
        <translation>Planificateur : avec votre trafic, ce test a besoin de %1 visiteurs de plus par variante pour confirmer un écart de %2 points (%3 par variante avec une puissance de 80 %, α = 0,05)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; the experiment has no start date, so the weeks cannot be estimated.</source>
        <translation>; l&apos;expérience n&apos;a pas de date de début, le nombre de semaines ne peut donc pas être estimé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; its start date is after %1, so the weeks cannot be estimated.</source>
        <translation>; sa date de début est postérieure au %1, le nombre de semaines ne peut donc pas être estimé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, about %1 weeks at its %2 visitors per arm per week (%3 days from %4 to %5%6).</source>
        <translation>, soit environ %1 semaines à son rythme de %2 visiteurs par variante par semaine (%3 jours du %4 au %5%6).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, still running</source>
        <translation>, toujours en cours</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Always-valid result not defined: %1.</source>
        <translation>Résultat toujours valide non défini : %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2 points</source>
        <translation>%1 à %2 points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concluded, so the fixed-horizon result above applies. For reference, the always-valid 95% interval of the difference (valid had it been checked every day): %1 (always-valid p %2).</source>
        <translation>Terminé : le résultat à horizon fixe ci-dessus s&apos;applique. À titre de référence, l&apos;intervalle à 95 % toujours valide de la différence (valide même s&apos;il avait été consulté chaque jour) : %1 (p toujours valide %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safe to stop now: the always-valid 95% interval of the difference, %1, excludes 0 (always-valid p %2).</source>
        <translation>Vous pouvez arrêter maintenant : l&apos;intervalle à 95 % toujours valide de la différence, %1, exclut 0 (p toujours valide %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it running: the always-valid 95% interval of the difference, %1, still includes 0 (always-valid p %2).</source>
        <translation>Laissez-le rouler : l&apos;intervalle à 95 % toujours valide de la différence, %1, inclut encore 0 (p toujours valide %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> This test is still running, so its fixed-horizon p-value (%1) is not valid for peeking: checking it every day finds false winners.</source>
        <translation> Ce test est toujours en cours : sa valeur p à horizon fixe (%1) n&apos;est pas valide si on la consulte en cours de route; la vérifier chaque jour fait trouver de faux gagnants.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> This test is still running, so its fixed-horizon p-value is not valid for peeking: checking it every day finds false winners.</source>
        <translation> Ce test est toujours en cours : sa valeur p à horizon fixe n&apos;est pas valide si on la consulte en cours de route; la vérifier chaque jour fait trouver de faux gagnants.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CUPED: %1.</source>
        <translation>CUPED : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (95% CI %2 to %3)</source>
        <translation>%1 (IC à 95 % : %2 à %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue per visitor, difference: plain %1; adjusted with each customer&apos;s revenue in the %2 days before the test (CUPED, θ = %3) %4: variance %5% lower, on %6 of %7 visitors who are customers.</source>
        <translation>Revenus par visiteur, différence : brute %1; ajustée selon les revenus de chaque client dans les %2 jours précédant le test (CUPED, θ = %3) %4 : variance réduite de %5 %, sur %6 des %7 visiteurs qui sont des clients.</translation>
    </message>
</context>
<context>
    <name>ExperimentsLoader</name>
    <message>
        <location filename="../../ui/pages/experiments_loader.cpp" line="+20"/>
        <source>The experiments could not be read</source>
        <translation>Impossible de lire les expériences</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The experiment was not stored: the workspace is read-only (%1).</source>
        <translation>L&apos;expérience n&apos;a pas été enregistrée : l&apos;espace de travail est en lecture seule (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The experiment could not be stored: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;expérience : %1</translation>
    </message>
</context>
<context>
    <name>LifetimeValueLoader</name>
    <message>
        <location filename="../../ui/pages/lifetime_value_loader.cpp" line="+77"/>
        <source>Lifetime value could not be computed</source>
        <translation>Impossible de calculer la valeur vie client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This workspace has no valid orders yet: import an orders export to predict lifetime value.</source>
        <translation>Cet espace de travail n&apos;a pas encore de commandes valides : importez une exportation de commandes pour prédire la valeur vie client.</translation>
    </message>
</context>
<context>
    <name>OverviewLoader</name>
    <message>
        <location filename="../../ui/pages/overview_loader.cpp" line="+62"/>
        <source>orders/year</source>
        <translation>commandes/année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>not available — %1.</source>
        <translation>non disponible — %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adjusted for selection: %1%2 per customer, 90 days</source>
        <translation>Corrigé du biais de sélection : %1%2 par client, 90 jours</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The workspace could not be read</source>
        <translation>Impossible de lire l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <location filename="../../ui/pages/page_catalog.cpp" line="+22"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROI</source>
        <translation>RCI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>PviCatalogue</name>
    <message>
        <location filename="../../model/pvi/engine/pvi_catalogue.cpp" line="+19"/>
        <source>higher is better</source>
        <translation>plus élevé, c&apos;est mieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower is better</source>
        <translation>plus bas, c&apos;est mieux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>- Unit: `%1`</source>
        <translation>- Unité : `%1`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Direction: %1</source>
        <translation>- Sens : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- Series and sparkline: %1</source>
        <translation>- Série et mini-graphique : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- Data needed: %1</source>
        <translation>- Données nécessaires : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formula: %1</source>
        <translation>Formule : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># PVI catalogue</source>
        <translation># Catalogue des PVI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every personalization value indicator (PVI) that PVI Studio computes, in the order of `pvi metrics` and the Overview, grouped by family. The id and the unit are those of `pvi metrics --json`.</source>
        <translation>Chaque indicateur de valeur de la personnalisation (PVI) que calcule PVI Studio, dans l&apos;ordre de `pvi metrics` et de la vue d&apos;ensemble, regroupés par famille. L&apos;identifiant et l&apos;unité sont ceux de `pvi metrics --json`.</translation>
    </message>
</context>
<context>
    <name>PviText</name>
    <message>
        <location filename="../../model/pvi/engine/pvi_registry.cpp" line="+66"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web analytics</source>
        <translation>Analytique Web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs and return</source>
        <translation>Coûts et rendement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predictive</source>
        <translation>Prédictif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fairness</source>
        <translation>Équité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effect adjusted for selection</source>
        <translation>Effet corrigé du biais de sélection</translation>
    </message>
    <message>
        <location filename="../../model/pvi/orders/pvi_engagement_score.cpp" line="+26"/>
        <source>Any of: orders, email activity, survey responses, touchpoints (per customer)</source>
        <translation>L&apos;un ou l&apos;autre : commandes, activité courriel, réponses aux sondages, points de contact (par client)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engagement score</source>
        <translation>Score d&apos;engagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How engaged your active customers are, from 0 to 100: a customer who visited, opened and clicked your emails, ordered and answered a survey as much as your most active customers scores 100. Compare personalized and generic customers, and the RFM segments, to see where attention pays off. Weights are the workspace settings engagement_weight_web_visits, _email_opens, _email_clicks, _orders and _survey_responses.</source>
        <translation>L&apos;engagement de vos clients actifs, de 0 à 100 : un client qui a visité votre site, ouvert vos courriels et cliqué dedans, commandé et répondu à un sondage autant que vos clients les plus actifs obtient 100. Comparez les clients personnalisés et génériques, et les segments RFM, pour voir où l&apos;attention rapporte. Les pondérations sont les paramètres de l&apos;espace de travail engagement_weight_web_visits, _email_opens, _email_clicks, _orders et _survey_responses.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per customer with any activity in the period: 100 × Σ weight × (the customer&apos;s count / the highest count of any customer) / Σ weight, over web visits (imported touchpoints other than email), email opens, email clicks, valid orders and survey responses in the period, counting only the channels the workspace has data for (default weights 1, 1, 2, 3, 1). The value is the mean score; personalized = exposed by the period&apos;s end.</source>
        <translation>Par client ayant eu une activité dans la période : 100 × Σ pondération × (le nombre du client / le nombre le plus élevé parmi tous les clients) / Σ pondération, sur les visites Web (points de contact importés autres que le courriel), les ouvertures de courriels, les clics dans les courriels, les commandes valides et les réponses aux sondages de la période, en ne comptant que les canaux pour lesquels l&apos;espace de travail a des données (pondérations par défaut 1, 1, 2, 3, 1). La valeur est le score moyen; personnalisé = exposé à la fin de la période.</translation>
    </message>
    <message>
        <location filename="../../model/pvi/orders/pvi_fairness.cpp" line="+28"/>
        <source>Orders with billing countries (or a customers export) and a personalization rule</source>
        <translation>Des commandes avec pays de facturation (ou une exportation de clients) et une règle de personnalisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fairness ratio</source>
        <translation>Ratio d&apos;équité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether personalization and its results reach every group of customers alike: for each country and region, the group that receives personalization (or converts) least compared with the group that does most. 1 means equal treatment; below 0.8 is flagged under the four-fifths rule used in fairness audits. The headline is the worst comparison by where customers live; your own segments (tags, lists, e-mail groups, survey answers) are compared below it, since some of them (VIP, wholesale) differ by design.</source>
        <translation>Si la personnalisation et ses résultats touchent tous les groupes de clients de la même façon : pour chaque pays et région, le groupe qui reçoit le moins la personnalisation (ou qui convertit le moins) comparé au groupe qui la reçoit le plus. 1 signifie un traitement égal; sous 0,8, l&apos;écart est signalé selon la règle des quatre cinquièmes utilisée dans les audits d&apos;équité. La valeur principale est la pire comparaison selon le lieu de résidence des clients; vos propres segments (étiquettes, listes, groupes courriel, réponses aux sondages) sont comparés en dessous, puisque certains d&apos;entre eux (VIP, grossistes) diffèrent par conception.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Among customers active on the period&apos;s last day (a valid order in the preceding 365 days), grouped by the billing country (and country/province) of their latest order, or their customer record: lowest group rate / highest group rate, for being exposed to personalization by the period&apos;s end and for ordering in the period; groups of fewer than 20 customers are left out. The value is the lowest of these ratios; personalized / generic = the converting ratio among exposed / unexposed customers. The breakdown adds the same comparisons by tag (without the tags of order-tag rules), imported list, e-mail tag or group and survey answer; a customer in several groups counts in each.</source>
        <translation>Parmi les clients actifs le dernier jour de la période (une commande valide dans les 365 jours précédents), regroupés selon le pays de facturation (et pays/province) de leur dernière commande, ou selon leur fiche client : taux du groupe le plus bas / taux du groupe le plus élevé, pour l&apos;exposition à la personnalisation à la fin de la période et pour les commandes passées dans la période; les groupes de moins de 20 clients sont exclus. La valeur est le plus bas de ces ratios; personnalisé / générique = le ratio de conversion parmi les clients exposés / non exposés. La ventilation ajoute les mêmes comparaisons par étiquette (sans les étiquettes des règles d&apos;étiquette de commande), liste importée, étiquette ou groupe courriel et réponse aux sondages; un client présent dans plusieurs groupes compte dans chacun.</translation>
    </message>
    <message>
        <location filename="../../model/pvi/monitoring/pvi_monitoring.cpp" line="+25"/>
        <location filename="../../model/pvi/orders/pvi_order_definitions.cpp" line="+13"/>
        <source>Orders (a Shopify orders export)</source>
        <translation>Des commandes (une exportation de commandes Shopify)</translation>
    </message>
    <message>
        <location filename="../../model/pvi/orders/pvi_order_definitions.cpp" line="+1"/>
        <source>Orders (a Shopify orders export) and at least one personalization rule</source>
        <translation>Des commandes (une exportation de commandes Shopify) et au moins une règle de personnalisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much a customer spends per order, after discounts and refunds. A rising average order value means each checkout brings in more, for example because recommendations add items to the basket. Compare it with your own past periods: a healthy shop keeps it steady or growing without relying on deeper discounts.</source>
        <translation>Ce qu&apos;un client dépense par commande, après rabais et remboursements. Un panier moyen en hausse signifie que chaque passage en caisse rapporte davantage, par exemple parce que les recommandations ajoutent des articles au panier. Comparez-le à vos propres périodes passées : une boutique en santé le garde stable ou en croissance sans dépendre de rabais plus importants.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Net revenue of the valid orders in the period divided by the number of those orders. Cancelled, voided and fully refunded orders are left out; partial refunds are subtracted.</source>
        <translation>Revenus nets des commandes valides de la période divisés par le nombre de ces commandes. Les commandes annulées, invalidées et entièrement remboursées sont exclues; les remboursements partiels sont soustraits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revenue per customer</source>
        <translation>Revenus par client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much each customer who ordered in the period spent in total. It combines order value and how often people buy, so it shows whether personalization makes customers worth more, not just bigger baskets. Higher is better; watch it together with the number of customers.</source>
        <translation>Ce que chaque client ayant commandé dans la période a dépensé au total. Cet indicateur combine la valeur des commandes et la fréquence d&apos;achat : il montre donc si la personnalisation rend les clients plus précieux, et pas seulement les paniers plus gros. Plus c&apos;est élevé, mieux c&apos;est; suivez-le avec le nombre de clients.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net revenue of the valid orders in the period divided by the number of distinct customers who placed them.</source>
        <translation>Revenus nets des commandes valides de la période divisés par le nombre de clients distincts qui les ont passées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order value uplift</source>
        <translation>Hausse de la valeur des commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much bigger personalized orders are than the others. A positive uplift means orders that followed a personalized offer, or came from customers who had received one, are worth more. The exposure was not randomized, so treat it as a signal to confirm with an A/B test.</source>
        <translation>De combien les commandes personnalisées dépassent les autres. Une hausse positive signifie que les commandes qui ont suivi une offre personnalisée, ou qui viennent de clients en ayant reçu une, valent davantage. L&apos;exposition n&apos;a pas été attribuée au hasard : voyez-y un signal à confirmer par un test A/B.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average order value of the personalized orders (matching a rule, or placed by an already personalized customer) minus that of the other orders, divided by the other orders&apos; average order value, times 100.</source>
        <translation>Panier moyen des commandes personnalisées (correspondant à une règle, ou passées par un client déjà personnalisé) moins celui des autres commandes, divisé par le panier moyen des autres commandes, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incremental revenue</source>
        <translation>Revenus additionnels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An estimate of the extra revenue that came with personalization in the period: how much more a personalized customer spent than a generic one, times the number of personalized customers. It is the number to set against what personalization costs you.</source>
        <translation>Une estimation des revenus supplémentaires venus avec la personnalisation pendant la période : combien un client personnalisé a dépensé de plus qu&apos;un client générique, multiplié par le nombre de clients personnalisés. C&apos;est le chiffre à comparer à ce que vous coûte la personnalisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(Revenue per personalized customer − revenue per generic customer) × the number of personalized customers who ordered in the period.</source>
        <translation>(Revenus par client personnalisé − revenus par client générique) × le nombre de clients personnalisés ayant commandé dans la période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer redemption rate</source>
        <translation>Taux d&apos;utilisation des offres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often the customers who received a personalized offer code used it: orders with the code per 100 customers who got it, with the revenue those orders brought. A rising rate means your offers reach people who want them; a rate near zero means the offer is ignored or sent to the wrong people. It can exceed 100 when customers use the code more than once.</source>
        <translation>À quelle fréquence les clients qui ont reçu un code d&apos;offre personnalisé l&apos;ont utilisé : commandes avec le code pour 100 clients qui l&apos;ont reçu, avec les revenus de ces commandes. Un taux en hausse signifie que vos offres atteignent les gens qui les veulent; un taux proche de zéro signifie que l&apos;offre est ignorée ou envoyée aux mauvaises personnes. Il peut dépasser 100 quand des clients utilisent le code plus d&apos;une fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid orders in the period whose discount code matches a discount-code rule, placed by a customer who received the offer (from the day they received it), divided by those customers, times 100. Receivers are the customers who got an e-mail campaign in the period whose title or subject names such a code; when no campaign of the period names one, the personalized customers who ordered in the period (the result says so). The breakdown gives the net revenue of those orders and the share of receivers who used the code.</source>
        <translation>Commandes valides de la période dont le code de rabais correspond à une règle de code de rabais, passées par un client ayant reçu l&apos;offre (à partir du jour où il l&apos;a reçue), divisées par ces clients, multiplié par 100. Les destinataires sont les clients ayant reçu dans la période une campagne courriel dont le titre ou l&apos;objet nomme un tel code; quand aucune campagne de la période n&apos;en nomme, ce sont les clients personnalisés ayant commandé dans la période (le résultat le précise). La ventilation donne les revenus nets de ces commandes et la part des destinataires qui ont utilisé le code.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Orders (a Shopify orders export) and a discount-code personalization rule; e-mail campaigns that name the code (a campaign export with per-recipient activity) to know who received it</source>
        <translation>Des commandes (une exportation de commandes Shopify) et une règle de personnalisation par code de rabais; des campagnes courriel qui nomment le code (une exportation de campagne avec l&apos;activité par destinataire) pour savoir qui l&apos;a reçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer retention rate</source>
        <translation>Taux de fidélisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of your existing customers you kept through the period. Keeping customers is far cheaper than finding new ones, so this is the heart of loyalty. Customers who come back after a long break also count, so it can exceed what churn suggests.</source>
        <translation>La part de vos clients existants que vous avez gardés au cours de la période. Garder un client coûte bien moins cher que d&apos;en trouver un nouveau : c&apos;est le cœur de la fidélité. Les clients qui reviennent après une longue absence comptent aussi, ce qui peut le rendre plus élevé que ce que suggère l&apos;attrition.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(E − N) / S × 100, where S = customers active the day before the period starts, E = customers active on its last day and N = customers whose first order is in the period. Active means a valid order in the preceding 365 days.</source>
        <translation>(E − N) / S × 100, où S = clients actifs la veille du début de la période, E = clients actifs son dernier jour et N = clients dont la première commande est dans la période. Actif signifie une commande valide dans les 365 jours précédents.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat purchase rate</source>
        <translation>Taux de réachat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of the period&apos;s customers who have bought more than once. Repeat buyers are the sign that your products and your follow-up work; a rising rate means people come back.</source>
        <translation>La part des clients de la période qui ont acheté plus d&apos;une fois. Les clients qui rachètent sont le signe que vos produits et votre suivi fonctionnent; un taux en hausse signifie que les gens reviennent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Among customers with a valid order in the period, those with more than one valid order up to the period&apos;s end, divided by all of them, times 100.</source>
        <translation>Parmi les clients ayant une commande valide dans la période, ceux qui ont plus d&apos;une commande valide jusqu&apos;à la fin de la période, divisés par l&apos;ensemble de ces clients, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purchase frequency</source>
        <translation>Fréquence d&apos;achat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many times a year an active customer orders, at the pace of the period. More frequent purchases usually mean your reminders and offers arrive at the right moment.</source>
        <translation>Combien de fois par année un client actif commande, au rythme de la période. Des achats plus fréquents signifient habituellement que vos rappels et vos offres arrivent au bon moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid orders in the period divided by the distinct customers who placed them, times 365 divided by the period&apos;s length in days.</source>
        <translation>Commandes valides de la période divisées par le nombre de clients distincts qui les ont passées, multiplié par 365 divisé par la durée de la période en jours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Churn rate</source>
        <translation>Taux d&apos;attrition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of your active customers who stopped buying: active before the period, no longer active at its end. Lower is better; a rising churn rate is an early warning.</source>
        <translation>La part de vos clients actifs qui ont cessé d&apos;acheter : actifs avant la période, plus actifs à sa fin. Plus c&apos;est bas, mieux c&apos;est; un taux d&apos;attrition en hausse est un signal d&apos;alarme précoce.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers active the day before the period starts who are not active on its last day, divided by the customers active the day before it starts, times 100.</source>
        <translation>Clients actifs la veille du début de la période qui ne sont plus actifs son dernier jour, divisés par les clients actifs la veille du début, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer lifespan</source>
        <translation>Durée de vie client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many years a customer typically stays with you, judged from how many customers you lose in a year. Longer lifespans make every customer worth more.</source>
        <translation>Combien d&apos;années un client reste habituellement avec vous, d&apos;après le nombre de clients que vous perdez en un an. Une durée de vie plus longue rend chaque client plus précieux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 / annual churn rate, with the churn rate of the 12 months ending on the period&apos;s last day as a fraction; capped at 10 years.</source>
        <translation>1 / taux d&apos;attrition annuel, avec le taux d&apos;attrition des 12 mois se terminant le dernier jour de la période exprimé en fraction; plafonné à 10 ans.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer lifetime value</source>
        <translation>Valeur vie client (CLV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a typical customer is worth over their whole relationship with you: what they spend per order, times how often they order a year, times how many years they stay. It tells you how much you can afford to spend to win or keep a customer.</source>
        <translation>Ce que vaut un client type sur toute sa relation avec vous : ce qu&apos;il dépense par commande, multiplié par le nombre de commandes qu&apos;il passe par année, multiplié par le nombre d&apos;années qu&apos;il reste. Cela vous dit combien vous pouvez vous permettre de dépenser pour gagner ou garder un client.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average order value × purchase frequency × customer lifespan, all from the 12 months ending on the period&apos;s last day.</source>
        <translation>Panier moyen × fréquence d&apos;achat × durée de vie client, tous tirés des 12 mois se terminant le dernier jour de la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifetime value by segment</source>
        <translation>Valeur vie client par segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer lifetime value for each RFM segment, so you can see which groups are worth looking after most. The headline value is the lifetime value of all customers.</source>
        <translation>La valeur vie client de chaque segment RFM, pour voir quels groupes méritent le plus d&apos;attention. La valeur principale est la valeur vie client de l&apos;ensemble des clients.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer lifetime value computed within each RFM segment (segments as of the period&apos;s last day) from the 12 months ending on that day.</source>
        <translation>Valeur vie client calculée dans chaque segment RFM (segments au dernier jour de la période) à partir des 12 mois se terminant ce jour-là.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marketing consent rate</source>
        <translation>Taux de consentement marketing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of your customers who agreed to receive marketing. Personalization needs permission: a falling rate can mean customers feel over-targeted.</source>
        <translation>La part de vos clients qui ont accepté de recevoir du marketing. La personnalisation exige une permission : un taux en baisse peut signifier que les clients se sentent trop ciblés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers with a valid order up to the period&apos;s end whose most recent order (or, when the order does not say, their customer record) accepts marketing, divided by those customers whose consent is known, times 100.</source>
        <translation>Clients ayant une commande valide jusqu&apos;à la fin de la période dont la commande la plus récente (ou, si la commande ne le dit pas, leur fiche client) accepte le marketing, divisés par les clients dont le consentement est connu, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers grouped by how recently, how often and how much they bought, from Champions to Lost. It shows where your customer base stands and whom to address with which message.</source>
        <translation>Les clients regroupés selon la date de leur dernier achat, leur fréquence d&apos;achat et le montant dépensé, de Champions à Lost. Cela montre où en est votre clientèle et à qui adresser quel message.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recency, frequency and monetary scores 1–5 by quintiles of all customers with a valid order up to the period&apos;s end, mapped to eleven named segments. The value is the number of customers with a segment; the breakdown gives each segment&apos;s share.</source>
        <translation>Scores de récence, de fréquence et de montant de 1 à 5 par quintiles de tous les clients ayant une commande valide jusqu&apos;à la fin de la période, associés à onze segments nommés. La valeur est le nombre de clients ayant un segment; la ventilation donne la part de chaque segment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segmentation rate</source>
        <translation>Taux de segmentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of your customers that belong to at least one segment, i.e. that you can address with a tailored message. Customers who never placed a valid order have no RFM segment.</source>
        <translation>La part de vos clients qui appartiennent à au moins un segment, c&apos;est-à-dire à qui vous pouvez adresser un message adapté. Les clients qui n&apos;ont jamais passé de commande valide n&apos;ont pas de segment RFM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers in at least one segment divided by all customers in the workspace, times 100.</source>
        <translation>Clients présents dans au moins un segment divisés par l&apos;ensemble des clients de l&apos;espace de travail, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment growth</source>
        <translation>Croissance des segments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How each segment grew or shrank over the period. Growing Champions and Loyal segments and shrinking At risk and Lost segments are what good looks like.</source>
        <translation>Comment chaque segment a grandi ou rétréci au cours de la période. Des segments Champions et Loyal qui grandissent et des segments At risk et Lost qui rétrécissent : voilà à quoi ressemble une bonne évolution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Members at the period&apos;s end − members at its start) / members at its start × 100, per segment; the headline value is the growth of all segmented customers.</source>
        <translation>(Membres à la fin de la période − membres à son début) / membres à son début × 100, par segment; la valeur principale est la croissance de l&apos;ensemble des clients segmentés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment conversion</source>
        <translation>Conversion par segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of each RFM segment&apos;s customers who bought again in the period. It shows which groups your messages actually move to buy: Champions converting well is expected, Hibernating or At risk customers converting is where personalization earns its keep. Where e-mail activity is imported, each segment&apos;s e-mail-to-order conversion is listed too.</source>
        <translation>La part des clients de chaque segment RFM qui ont acheté de nouveau dans la période. Cela montre quels groupes vos messages incitent réellement à acheter : que les Champions convertissent bien est attendu; que les clients Hibernating ou At risk convertissent, c&apos;est là que la personnalisation fait ses preuves. Quand l&apos;activité courriel est importée, la conversion courriel-commande de chaque segment est aussi indiquée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers of the segment (segments as of the day before the period starts) with a valid order in the period, divided by the segment&apos;s customers, times 100; the headline value is the same over every customer who had a segment then. With per-recipient e-mail activity, each segment also gets the e-mail-to-order conversion of its deliveries in the period (deliveries followed by an order within 5 days of a click / deliveries, as the email conversion rate counts it).</source>
        <translation>Clients du segment (segments à la veille du début de la période) ayant une commande valide dans la période, divisés par les clients du segment, multiplié par 100; la valeur principale est la même mesure sur tous les clients qui avaient alors un segment. Avec l&apos;activité courriel par destinataire, chaque segment reçoit aussi la conversion courriel-commande de ses envois livrés dans la période (envois livrés suivis d&apos;une commande dans les 5 jours suivant un clic / envois livrés, comme le calcule le taux de conversion des courriels).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Orders (a Shopify orders export); per-recipient e-mail activity for the e-mail lines</source>
        <translation>Des commandes (une exportation de commandes Shopify); l&apos;activité courriel par destinataire pour les lignes courriel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment retention</source>
        <translation>Fidélisation par segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many customers of each RFM segment you kept through the period. Keeping Champions and Loyal customers active is what good looks like; a low rate for At risk or Can&apos;t lose them tells you where a win-back message is due.</source>
        <translation>Combien de clients de chaque segment RFM vous avez gardés au cours de la période. Garder actifs les clients Champions et Loyal, c&apos;est le signe d&apos;une bonne évolution; un taux bas pour At risk ou Can&apos;t lose them vous indique où un message de reconquête s&apos;impose.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer retention rate within each segment, the segments taken as of the day before the period starts: customers of the segment active that day who are still active on the period&apos;s last day, divided by the segment&apos;s customers active that day, times 100. The headline value is the same over every customer who had a segment then.</source>
        <translation>Taux de fidélisation dans chaque segment, les segments étant pris à la veille du début de la période : clients du segment actifs ce jour-là qui sont toujours actifs le dernier jour de la période, divisés par les clients du segment actifs ce jour-là, multiplié par 100. La valeur principale est la même mesure sur tous les clients qui avaient alors un segment.</translation>
    </message>
    <message>
        <location filename="../../model/pvi/email/pvi_email_definitions.cpp" line="+12"/>
        <source>A Mailchimp or Klaviyo campaign export (or per-recipient email activity); a campaign-name rule for the split</source>
        <translation>Une exportation de campagnes Mailchimp ou Klaviyo (ou l&apos;activité courriel par destinataire); une règle de nom de campagne pour la répartition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email open rate</source>
        <translation>Taux d&apos;ouverture des courriels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of delivered emails that were opened. It shows whether subject lines and senders catch attention; personalized campaigns should be opened more. Privacy features of some mail apps inflate opens, so compare groups and periods rather than chase a number; 20–40% is common for small shops.</source>
        <translation>La part des courriels livrés qui ont été ouverts. Cela montre si les objets et les expéditeurs attirent l&apos;attention; les campagnes personnalisées devraient être davantage ouvertes. Les fonctions de confidentialité de certaines applications de courriel gonflent les ouvertures : comparez des groupes et des périodes plutôt que de viser un chiffre; de 20 à 40 % est courant pour les petites boutiques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unique opens divided by successful deliveries, each summed over the campaigns sent in the period (pooled, not an average of the campaigns&apos; rates), times 100. A campaign is personalized when a campaign-name rule matches its name.</source>
        <translation>Ouvertures uniques divisées par les livraisons réussies, chacune additionnée sur les campagnes envoyées dans la période (regroupées, et non une moyenne des taux des campagnes), multiplié par 100. Une campagne est personnalisée quand une règle de nom de campagne correspond à son nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email click rate</source>
        <translation>Taux de clics des courriels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of delivered emails in which someone clicked a link: the clearest sign that the content was relevant. The click-to-open rate beside it tells how convincing the email was to those who opened it. A few percent is typical; more is better.</source>
        <translation>La part des courriels livrés dans lesquels quelqu&apos;un a cliqué sur un lien : le signe le plus clair que le contenu était pertinent. Le taux de clics par ouverture à côté indique à quel point le courriel a convaincu ceux qui l&apos;ont ouvert. Quelques pour cent sont typiques; plus, c&apos;est mieux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unique clicks divided by successful deliveries, summed over the period&apos;s campaigns, times 100; click-to-open = unique clicks divided by unique opens, times 100.</source>
        <translation>Clics uniques divisés par les livraisons réussies, additionnés sur les campagnes de la période, multiplié par 100; clics par ouverture = clics uniques divisés par ouvertures uniques, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email unsubscribe rate</source>
        <translation>Taux de désabonnement des courriels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of delivered emails after which the recipient unsubscribed. Emails that feel irrelevant or too frequent drive it up; well-targeted ones keep it low (below about 0.3% per send is healthy).</source>
        <translation>La part des courriels livrés après lesquels le destinataire s&apos;est désabonné. Des courriels qui semblent hors sujet ou trop fréquents le font monter; des courriels bien ciblés le gardent bas (moins d&apos;environ 0,3 % par envoi est sain).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsubscribes divided by successful deliveries, summed over the period&apos;s campaigns, times 100.</source>
        <translation>Désabonnements divisés par les livraisons réussies, additionnés sur les campagnes de la période, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email conversion rate</source>
        <translation>Taux de conversion des courriels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of delivered emails that led to an order. It ties email to revenue: a personalized email that gets opened but sells nothing is not paying off.</source>
        <translation>La part des courriels livrés qui ont mené à une commande. Cela relie le courriel aux revenus : un courriel personnalisé qui est ouvert mais ne vend rien n&apos;est pas rentable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With per-recipient activity and orders: delivered emails whose recipient clicked and then placed a valid order within 5 days of the click (dates inclusive), divided by delivered emails, times 100. Otherwise, from a campaign export that counts orders (Klaviyo&apos;s Unique Placed Order): orders divided by successful deliveries over those campaigns, times 100.</source>
        <translation>Avec l&apos;activité par destinataire et les commandes : courriels livrés dont le destinataire a cliqué puis passé une commande valide dans les 5 jours suivant le clic (dates incluses), divisés par les courriels livrés, multiplié par 100. Sinon, à partir d&apos;une exportation de campagnes qui compte les commandes (Unique Placed Order de Klaviyo) : commandes divisées par les livraisons réussies de ces campagnes, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Per-recipient email activity and an orders export, or a Klaviyo campaign export</source>
        <translation>L&apos;activité courriel par destinataire et une exportation de commandes, ou une exportation de campagnes Klaviyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List growth rate</source>
        <translation>Taux de croissance de la liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fast your email list grows after losses. A list shrinks by itself as people unsubscribe and addresses bounce; a positive rate means you win more subscribers than you lose.</source>
        <translation>À quelle vitesse votre liste d&apos;envoi grandit, pertes déduites. Une liste rétrécit d&apos;elle-même à mesure que des gens se désabonnent et que des adresses sont rejetées; un taux positif signifie que vous gagnez plus d&apos;abonnés que vous n&apos;en perdez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Members who opted in during the period − members who unsubscribed in it − members cleaned in it) divided by the members on the list the day before the period starts, times 100.</source>
        <translation>(Membres inscrits pendant la période − membres désabonnés pendant la période − membres retirés pendant la période) divisés par les membres de la liste à la veille du début de la période, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Mailchimp audience export (subscribed, unsubscribed and cleaned files) or a Klaviyo profile export</source>
        <translation>Une exportation d&apos;audience Mailchimp (fichiers subscribed, unsubscribed et cleaned) ou une exportation de profils Klaviyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personalization fatigue (sends per week)</source>
        <translation>Fatigue de personnalisation (envois par semaine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether people who get more emails a week open fewer of them or unsubscribe more. When that happens the value is the number of sends per recipient per week at which it starts: stay below it. No value means no fatigue was found in the period.</source>
        <translation>Si les gens qui reçoivent plus de courriels par semaine en ouvrent moins ou se désabonnent davantage. Quand c&apos;est le cas, la valeur est le nombre d&apos;envois par destinataire par semaine à partir duquel cela commence : restez en dessous. Aucune valeur signifie qu&apos;aucune fatigue n&apos;a été détectée dans la période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each send (recipient × campaign) is put in a band by how many sends its recipient got in that week (1, 2, 3, 4 or more). Open rate and unsubscribe rate per band are compared with the lowest band by two-proportion z-tests; the first band with significantly (p &lt; 0.05) lower opens or higher unsubscribes is where fatigue starts.</source>
        <translation>Chaque envoi (destinataire × campagne) est classé dans une tranche selon le nombre d&apos;envois que son destinataire a reçus cette semaine-là (1, 2, 3, 4 ou plus). Le taux d&apos;ouverture et le taux de désabonnement de chaque tranche sont comparés à ceux de la tranche la plus basse par des tests z de deux proportions; la première tranche où les ouvertures sont significativement (p &lt; 0,05) plus basses ou les désabonnements plus élevés marque le début de la fatigue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Per-recipient email activity (sent, opened, unsubscribed with dates)</source>
        <translation>L&apos;activité courriel par destinataire (envoyé, ouvert, désabonné, avec les dates)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many people withdrew their consent to your emails in the period, month by month. A rising trend is an early warning that your messages feel intrusive.</source>
        <translation>Combien de personnes ont retiré leur consentement à vos courriels dans la période, mois par mois. Une tendance à la hausse est un signal précoce que vos messages semblent intrusifs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unsubscribes and consent withdrawals dated in the period from audience or profile exports when there are any; otherwise the unsubscribes of the period&apos;s campaigns. Counted per calendar month.</source>
        <translation>Les désabonnements et retraits de consentement datés dans la période provenant des exportations d&apos;audience ou de profils, s&apos;il y en a; sinon, les désabonnements des campagnes de la période. Comptés par mois civil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Mailchimp or Klaviyo audience, profile or campaign export</source>
        <translation>Une exportation d&apos;audience, de profils ou de campagnes Mailchimp ou Klaviyo</translation>
    </message>
    <message>
        <location filename="../../model/pvi/surveys/pvi_survey_definitions.cpp" line="+11"/>
        <source> A respondent counts as personalized when their email belongs to a customer who had received personalization (a personalized order, campaign or list) by the day they answered; everyone else is generic.</source>
        <translation> Un répondant compte comme personnalisé quand son adresse courriel appartient à un client qui avait reçu de la personnalisation (une commande, une campagne ou une liste personnalisée) au jour de sa réponse; tous les autres sont génériques.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Satisfaction client (CSAT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of survey answers that say the customer was satisfied: 4 or 5 on a 1 to 5 scale. It is the most direct sign of how people feel about what you sell and how you serve them; above 80% is good for a small shop.</source>
        <translation>La part des réponses aux sondages qui indiquent que le client était satisfait : 4 ou 5 sur une échelle de 1 à 5. C&apos;est le signe le plus direct de ce que les gens pensent de ce que vous vendez et de votre service; plus de 80 % est un bon résultat pour une petite boutique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers scoring 4 or 5 on the 1–5 CSAT question(s) in the period (the top two points of the question&apos;s scale) divided by all answers to them, times 100.</source>
        <translation>Réponses de 4 ou 5 aux questions CSAT de 1 à 5 dans la période (les deux points les plus élevés de l&apos;échelle de la question) divisées par toutes les réponses à ces questions, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A survey export (Google Forms, SurveyMonkey, Typeform) with a CSAT question</source>
        <translation>Une exportation de sondage (Google Forms, SurveyMonkey, Typeform) avec une question CSAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many of your customers would recommend you, minus how many would warn others: from −100 to +100. Promoters answer 9 or 10 to &quot;How likely are you to recommend us?&quot;, detractors 0 to 6. Anything above 0 means more fans than critics; above 50 is excellent.</source>
        <translation>Combien de vos clients vous recommanderaient, moins combien mettraient les autres en garde : de −100 à +100. Les promoteurs répondent 9 ou 10 à « Quelle est la probabilité que vous nous recommandiez? », les détracteurs de 0 à 6. Tout résultat au-dessus de 0 signifie plus d&apos;admirateurs que de critiques; au-dessus de 50, c&apos;est excellent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Percentage of promoters (9–10) minus percentage of detractors (0–6) among the period&apos;s answers on the 0–10 scale.</source>
        <translation>Pourcentage de promoteurs (9–10) moins pourcentage de détracteurs (0–6) parmi les réponses de la période sur l&apos;échelle de 0 à 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A survey export with a &quot;How likely are you to recommend…&quot; question</source>
        <translation>Une exportation de sondage avec une question « Quelle est la probabilité que vous recommandiez… »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer effort score (CES)</source>
        <translation>Score d&apos;effort client (CES)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How easy customers found it to buy, get help or solve a problem. Effort drives customers away more than delight brings them back, so a rising score is good news. Reported on the workspace&apos;s CES scale (default 1–7) with higher meaning easier.</source>
        <translation>À quel point les clients ont trouvé facile d&apos;acheter, d&apos;obtenir de l&apos;aide ou de régler un problème. L&apos;effort fait fuir les clients plus que le plaisir ne les fait revenir : un score en hausse est donc une bonne nouvelle. Exprimé sur l&apos;échelle CES de l&apos;espace de travail (1 à 7 par défaut), une valeur plus élevée signifiant plus facile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mean CES answer in the period on the configured scale (settings ces_scale_min, ces_scale_max; answers on other scales are mapped linearly onto it); when the setting ces_higher_is_easier is 0, answers are reversed so that higher still means easier.</source>
        <translation>La réponse CES moyenne dans la période sur l&apos;échelle configurée (paramètres ces_scale_min, ces_scale_max; les réponses sur d&apos;autres échelles y sont ramenées linéairement); quand le paramètre ces_higher_is_easier vaut 0, les réponses sont inversées pour qu&apos;une valeur plus élevée signifie toujours plus facile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A survey export with a &quot;How easy was it…&quot; / effort question</source>
        <translation>Une exportation de sondage avec une question « À quel point a-t-il été facile… » ou sur l&apos;effort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS uplift from personalization</source>
        <translation>Hausse du NPS due à la personnalisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many NPS points personalized customers are ahead of (or behind) the others. Personalization that feels helpful makes customers more willing to recommend you; a negative uplift can mean it feels intrusive. Exposure was not randomized, so treat it as a signal to confirm with an A/B test.</source>
        <translation>De combien de points de NPS les clients personnalisés devancent (ou suivent) les autres. Une personnalisation perçue comme utile rend les clients plus enclins à vous recommander; une hausse négative peut signifier qu&apos;elle est perçue comme intrusive. L&apos;exposition n&apos;a pas été attribuée au hasard : voyez-y un signal à confirmer par un test A/B.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NPS of personalized respondents minus NPS of generic respondents, in points. The 95% interval is d ± 1.96·√(V_p + V_g), with each group&apos;s variance V = (p_promoters + p_detractors − NPS²) / n (each answer scoring +1, 0 or −1, in points²); the p-value is the two-sided z-test d / √(V_p + V_g).</source>
        <translation>NPS des répondants personnalisés moins NPS des répondants génériques, en points. L&apos;intervalle à 95 % est d ± 1,96·√(V_p + V_g), où la variance de chaque groupe est V = (p_promoteurs + p_détracteurs − NPS²) / n (chaque réponse valant +1, 0 ou −1, en points²); la valeur p est celle du test z bilatéral d / √(V_p + V_g).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A survey export with an NPS question that collected emails, and personalization rules</source>
        <translation>Une exportation de sondage avec une question NPS ayant recueilli les adresses courriel, et des règles de personnalisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSAT uplift from personalization</source>
        <translation>Hausse du CSAT due à la personnalisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much more often personalized customers are satisfied than the others, relative to the others&apos; satisfaction. Exposure was not randomized, so treat it as a signal to confirm with an A/B test.</source>
        <translation>De combien les clients personnalisés sont plus souvent satisfaits que les autres, par rapport à la satisfaction des autres. L&apos;exposition n&apos;a pas été attribuée au hasard : voyez-y un signal à confirmer par un test A/B.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(CSAT of personalized respondents − CSAT of generic respondents) / CSAT of generic respondents × 100, with the Katz log interval of the ratio of the two top-2-box rates and the two-proportion z-test p-value.</source>
        <translation>(CSAT des répondants personnalisés − CSAT des répondants génériques) / CSAT des répondants génériques × 100, avec l&apos;intervalle logarithmique de Katz du rapport des deux taux « top 2 » et la valeur p du test z de deux proportions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A survey export with a CSAT question that collected emails, and personalization rules</source>
        <translation>Une exportation de sondage avec une question CSAT ayant recueilli les adresses courriel, et des règles de personnalisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment sentiment</source>
        <translation>Sentiment des commentaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the free-text comments of your surveys say, scored from −1 (very negative) to +1 (very positive) with PVI Studio&apos;s built-in English word list, with the share of positive, neutral and negative comments and the words that come up most in each. Read the comments behind the themes: a word list misses irony and context.</source>
        <translation>Ce que disent les commentaires libres de vos sondages, notés de −1 (très négatif) à +1 (très positif) avec la liste de mots anglais intégrée à PVI Studio, avec la part de commentaires positifs, neutres et négatifs et les mots qui reviennent le plus dans chacun. Lisez les commentaires derrière les thèmes : une liste de mots ne saisit ni l&apos;ironie ni le contexte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mean comment score in the period. A comment&apos;s score sums its sentiment words&apos; scores (−3..+3; ×1.5 after &quot;very&quot; and similar words, ×−0.5 within three words after a negation) and maps the sum s to s / √(s² + 15); positive when s &gt; 0, negative when s &lt; 0, neutral otherwise. Themes: the words (stop words and sentiment words left out) used by the most comments of each class.</source>
        <translation>Le score moyen des commentaires dans la période. Le score d&apos;un commentaire additionne les scores de ses mots de sentiment (−3..+3; ×1,5 après « very » et des mots semblables, ×−0,5 dans les trois mots suivant une négation) et ramène la somme s à s / √(s² + 15); positif quand s &gt; 0, négatif quand s &lt; 0, neutre sinon. Thèmes : les mots (hors mots vides et mots de sentiment) employés par le plus de commentaires de chaque classe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A survey export with free-text answers</source>
        <translation>Une exportation de sondage avec des réponses libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perceived personalization ethics</source>
        <translation>Éthique perçue de la personnalisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fair, transparent and respectful customers find your personalization, from the survey questions you marked as being about it (&quot;I understand why I see these recommendations&quot;, &quot;I feel in control of my data&quot;). Personalization only pays off while customers trust it; a falling score is an early warning.</source>
        <translation>À quel point les clients trouvent votre personnalisation équitable, transparente et respectueuse, d&apos;après les questions de sondage que vous avez marquées comme portant sur ce sujet (« Je comprends pourquoi je vois ces recommandations », « J&apos;ai le sentiment de contrôler mes données »). La personnalisation ne rapporte que tant que les clients lui font confiance; un score en baisse est un signal d&apos;alarme précoce.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mean answer to the questions marked as personalization ethics in the period, each mapped from its scale onto 0–100 (lowest point 0, highest 100).</source>
        <translation>La réponse moyenne aux questions marquées comme portant sur l&apos;éthique de la personnalisation dans la période, chacune ramenée de son échelle à 0–100 (point le plus bas 0, le plus élevé 100).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A survey export with Likert questions marked as about personalization ethics</source>
        <translation>Une exportation de sondage avec des questions de Likert marquées comme portant sur l&apos;éthique de la personnalisation</translation>
    </message>
    <message>
        <location filename="../../model/pvi/web/pvi_web_definitions.cpp" line="+11"/>
        <source>A Google Analytics landing-page report (GA4 download or Universal Analytics export) whose date range lies inside the period; a landing-page-prefix rule for the split</source>
        <translation>Un rapport Google Analytics des pages de destination (téléchargement GA4 ou exportation Universal Analytics) dont la plage de dates est comprise dans la période; une règle de préfixe de page de destination pour la répartition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Pooled over the landing pages of the reports whose whole date range lies inside the period; a page is personalized when a landing-page-prefix rule matches its path.</source>
        <translation> Regroupé sur les pages de destination des rapports dont toute la plage de dates est comprise dans la période; une page est personnalisée quand une règle de préfixe de page de destination correspond à son chemin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site conversion rate</source>
        <translation>Taux de conversion du site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of visits to your site that reached a key event (a purchase, a sign-up). Pages tailored to the visitor should convert more; a few percent is common for a small shop.</source>
        <translation>La part des visites sur votre site qui ont atteint un événement clé (un achat, une inscription). Les pages adaptées au visiteur devraient convertir davantage; quelques pour cent est courant pour une petite boutique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions with a key event (Session key event rate × Sessions, or Goal Conversion Rate × Sessions) summed over the pages, divided by the sessions summed over the same pages, times 100.</source>
        <translation>Sessions avec un événement clé (Session key event rate × Sessions, ou Goal Conversion Rate × Sessions) additionnées sur les pages, divisées par les sessions additionnées sur les mêmes pages, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click-through rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of the products shown in your recommendation lists or banners that were clicked. It tells whether what you put in front of visitors interests them.</source>
        <translation>La part des produits montrés dans vos listes de recommandations ou vos bannières sur lesquels on a cliqué. Cela indique si ce que vous présentez aux visiteurs les intéresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items clicked divided by items shown, each summed over the product lists (or promotions) of the item-list reports, times 100.</source>
        <translation>Articles cliqués divisés par articles affichés, chacun additionné sur les listes de produits (ou promotions) des rapports de listes d&apos;articles, multiplié par 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A GA4 item-list or promotion report (items viewed and clicked per list) whose date range lies inside the period; an item-list rule for the split</source>
        <translation>Un rapport GA4 de listes d&apos;articles ou de promotions (articles vus et cliqués par liste) dont la plage de dates est comprise dans la période; une règle de liste d&apos;articles pour la répartition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Pooled over the lists of the reports whose whole date range lies inside the period; a list is personalized when an item-list rule&apos;s text is part of its name (&quot;Recommended for you&quot;).</source>
        <translation> Regroupé sur les listes des rapports dont toute la plage de dates est comprise dans la période; une liste est personnalisée quand le texte d&apos;une règle de liste d&apos;articles fait partie de son nom (« Recommended for you »).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of visits that left without engaging (a single page, no interaction). A lower bounce rate on personalized pages means they hold visitors&apos; attention.</source>
        <translation>La part des visites qui sont reparties sans interagir (une seule page, aucune interaction). Un taux de rebond plus bas sur les pages personnalisées signifie qu&apos;elles retiennent l&apos;attention des visiteurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bounced sessions divided by sessions, times 100. GA4 reports give no bounce count by default: bounced sessions are then Sessions × (1 − Engagement rate), i.e. 1 − the session-weighted engagement rate; Universal Analytics gives Bounce Rate × Sessions.</source>
        <translation>Sessions avec rebond divisées par les sessions, multiplié par 100. Les rapports GA4 ne donnent pas de nombre de rebonds par défaut : les sessions avec rebond sont alors Sessions × (1 − Engagement rate), soit 1 − le taux d&apos;engagement pondéré par les sessions; Universal Analytics donne Bounce Rate × Sessions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time on page</source>
        <translation>Temps passé sur la page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a visit engages with your site, in seconds. Longer engagement on personalized pages suggests the content is more relevant. Aggregated reports carry no per-visit spread, so the lift has no interval.</source>
        <translation>Combien de temps une visite interagit avec votre site, en secondes. Un engagement plus long sur les pages personnalisées suggère que le contenu est plus pertinent. Les rapports agrégés ne donnent pas la dispersion par visite : la hausse n&apos;a donc pas d&apos;intervalle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Σ (average engagement time per session × sessions) / Σ sessions (Universal Analytics: average session duration).</source>
        <translation>Σ (temps d&apos;engagement moyen par session × sessions) / Σ sessions (Universal Analytics : durée moyenne des sessions).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages per visit</source>
        <translation>Pages par visite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many pages a visit views. More pages per visit usually means visitors find more of what interests them.</source>
        <translation>Combien de pages une visite consulte. Plus de pages par visite signifie habituellement que les visiteurs trouvent davantage de choses qui les intéressent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page views summed over the pages divided by their sessions (Universal Analytics: Pages / Session × Sessions).</source>
        <translation>Pages vues additionnées sur les pages divisées par leurs sessions (Universal Analytics : Pages / Session × Sessions).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue per visit</source>
        <translation>Revenus par visite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The revenue each visit brings on average. It combines conversion and basket size: the figure personalization should raise in the end.</source>
        <translation>Les revenus qu&apos;une visite rapporte en moyenne. Cet indicateur combine la conversion et la taille du panier : c&apos;est le chiffre que la personnalisation devrait faire monter au bout du compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total revenue summed over the pages divided by their sessions.</source>
        <translation>Revenus totaux additionnés sur les pages divisés par leurs sessions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content engagement lift</source>
        <translation>Hausse de l&apos;engagement envers le contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much more engaging personalized pages are than generic ones. Positive means visitors engage more with tailored content; the difference between self-selected pages is not proof that personalization caused it.</source>
        <translation>À quel point les pages personnalisées suscitent plus d&apos;engagement que les pages génériques. Une valeur positive signifie que les visiteurs interagissent davantage avec le contenu adapté; la différence entre des pages autosélectionnées ne prouve pas que la personnalisation en est la cause.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Engagement rate of personalized pages − engagement rate of generic pages) / engagement rate of generic pages × 100, engagement rate = engaged sessions / sessions; when the reports have no engagement rate, the same lift of time on page.</source>
        <translation>(Taux d&apos;engagement des pages personnalisées − taux d&apos;engagement des pages génériques) / taux d&apos;engagement des pages génériques × 100, taux d&apos;engagement = sessions avec engagement / sessions; quand les rapports n&apos;ont pas de taux d&apos;engagement, la même hausse calculée sur le temps passé sur la page.</translation>
    </message>
    <message>
        <location filename="../../model/pvi/costs/pvi_costs.cpp" line="+23"/>
        <source> Gross margin is the workspace setting gross_margin (0.5, i.e. 50%, unless you set it).</source>
        <translation> La marge brute est le paramètre gross_margin de l&apos;espace de travail (0,5, soit 50 %, à moins que vous ne le changiez).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A costs CSV (period start, period end, channel, category, amount) and orders with personalization rules. Costs overlapping the period count pro rata by days.</source>
        <translation>Un fichier CSV de coûts (début de période, fin de période, canal, catégorie, montant) et des commandes avec des règles de personnalisation. Les coûts qui chevauchent la période comptent au prorata des jours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personalization cost per customer</source>
        <translation>Coût de personnalisation par client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you spent on personalization for each customer it reached in the period. Compare it with what a reached customer brings in.</source>
        <translation>Ce que vous avez dépensé en personnalisation pour chaque client qu&apos;elle a atteint dans la période. Comparez-le à ce que rapporte un client atteint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personalization costs in the period divided by the customers exposed by the period&apos;s end who ordered in it.</source>
        <translation>Coûts de personnalisation de la période divisés par les clients exposés à la fin de la période qui ont commandé pendant celle-ci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personalization ROI</source>
        <translation>Rendement de la personnalisation (RCI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return on what you spent on personalization: above 0% it pays for itself. The incremental revenue compares self-selected groups, so it is an estimate, not proof.</source>
        <translation>Le rendement de ce que vous avez dépensé en personnalisation : au-dessus de 0 %, elle se paie d&apos;elle-même. Les revenus additionnels comparent des groupes autosélectionnés : c&apos;est donc une estimation, pas une preuve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Incremental revenue × gross margin − personalization cost) / personalization cost × 100; incremental revenue = (revenue per reached customer − revenue per other customer) × reached customers, in the period.</source>
        <translation>(Revenus additionnels × marge brute − coût de personnalisation) / coût de personnalisation × 100; revenus additionnels = (revenus par client atteint − revenus par autre client) × clients atteints, dans la période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer acquisition cost</source>
        <translation>Coût d&apos;acquisition client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What winning one new customer cost in the period. It should stay well below what a customer brings over their lifetime.</source>
        <translation>Ce qu&apos;a coûté l&apos;acquisition d&apos;un nouveau client dans la période. Il devrait rester bien en dessous de ce qu&apos;un client rapporte sur toute sa durée de vie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquisition costs in the period divided by the customers whose first valid order is in the period.</source>
        <translation>Coûts d&apos;acquisition de la période divisés par les clients dont la première commande valide est dans la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personalization payback</source>
        <translation>Délai de récupération de la personnalisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many months of incremental gross profit it takes to earn back the personalization spend of the period; shorter is better.</source>
        <translation>Combien de mois de marge brute additionnelle il faut pour récupérer les dépenses de personnalisation de la période; plus c&apos;est court, mieux c&apos;est.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personalization cost / (incremental revenue × gross margin per month of the period, a month being 365.25 / 12 days).</source>
        <translation>Coût de personnalisation / (revenus additionnels × marge brute par mois de la période, un mois valant 365,25 / 12 jours).</translation>
    </message>
    <message>
        <location filename="../../model/pvi/lifetime/pvi_predictive.cpp" line="+141"/>
        <source>Orders (a Shopify orders export) with repeat customers; a personalization rule for the split</source>
        <translation>Des commandes (une exportation de commandes Shopify) avec des clients qui rachètent; une règle de personnalisation pour la répartition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Predicted lifetime value</source>
        <translation>Valeur vie client prédite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What an average customer is expected to spend with you over the next 12 months, from how often and how recently they bought and how much they spend. Comparing customers who received personalization with the others shows whether it builds more valuable customers. It is a forecast: treat small differences with care.</source>
        <translation>Ce qu&apos;un client moyen devrait dépenser chez vous au cours des 12 prochains mois, d&apos;après la fréquence et la date de ses derniers achats et le montant qu&apos;il dépense. Comparer les clients qui ont reçu de la personnalisation aux autres montre si elle crée des clients plus précieux. C&apos;est une prévision : interprétez les petites différences avec prudence.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A BG/NBD model (Fader, Hardie &amp; Lee 2005) predicts each customer&apos;s purchases month by month and a Gamma-Gamma model their spend per purchase, both fitted on the valid orders up to the period&apos;s end; the monthly values are discounted at 10% a year over 12 months and averaged over the customers.</source>
        <translation>Un modèle BG/NBD (Fader, Hardie et Lee 2005) prédit les achats de chaque client mois par mois et un modèle Gamma-Gamma sa dépense par achat, tous deux ajustés sur les commandes valides jusqu&apos;à la fin de la période; les valeurs mensuelles sont actualisées à 10 % par année sur 12 mois et moyennées sur les clients.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Churn risk</source>
        <translation>Risque d&apos;attrition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How likely your repeat customers are to have stopped buying, judged from the time since their last order compared with their usual rhythm. A lower risk among personalized customers suggests personalization keeps people around. One-time buyers are left out: with a single order there is no rhythm to judge, and the model counts them as active.</source>
        <translation>La probabilité que vos clients réguliers aient cessé d&apos;acheter, d&apos;après le temps écoulé depuis leur dernière commande comparé à leur rythme habituel. Un risque plus faible chez les clients personnalisés suggère que la personnalisation retient les gens. Les clients à achat unique sont exclus : avec une seule commande, il n&apos;y a pas de rythme à évaluer, et le modèle les compte comme actifs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mean over customers with at least one repeat purchase of 1 − P(alive), the BG/NBD probability that a customer is still active as of the period&apos;s end (between 0 and 1); also per RFM segment as of that day, each split into exposed and unexposed customers. BG/NBD gives a one-time buyer P(alive) = 1 by construction, so they are not counted.</source>
        <translation>La moyenne, sur les clients ayant au moins un réachat, de 1 − P(actif), la probabilité BG/NBD qu&apos;un client soit toujours actif à la fin de la période (entre 0 et 1); aussi par segment RFM à cette date, chacun réparti entre clients exposés et non exposés. Le modèle BG/NBD donne par construction P(actif) = 1 à un client à achat unique : ces clients ne sont donc pas comptés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Predicted lifetime value uplift</source>
        <translation>Hausse de la valeur vie client prédite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much more lifetime value the model predicts for customers who received personalization than for the others. Exposure was not randomized, so confirm it with an A/B test before crediting personalization with the whole difference.</source>
        <translation>De combien la valeur vie prédite par le modèle est plus élevée pour les clients qui ont reçu de la personnalisation que pour les autres. L&apos;exposition n&apos;a pas été attribuée au hasard : confirmez-la par un test A/B avant d&apos;attribuer toute la différence à la personnalisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(Mean predicted 12-month CLV of exposed customers − that of unexposed customers) divided by that of unexposed customers, times 100; exposed = personalized by the period&apos;s end.</source>
        <translation>(Valeur vie client prédite moyenne sur 12 mois des clients exposés − celle des clients non exposés) divisée par celle des clients non exposés, multiplié par 100; exposé = personnalisé à la fin de la période.</translation>
    </message>
    <message>
        <location filename="../../model/pvi/experiments/pvi_experiments.cpp" line="+22"/>
        <source>An A/B test imported with pvi abtest WS.pvi --import FILE.csv</source>
        <translation>Un test A/B importé avec pvi abtest WS.pvi --import FICHIER.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A/B test lift</source>
        <translation>Hausse du test A/B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much better the personalized variation converted than the control in your most recent A/B test of the period. A randomized test is the cleanest proof that personalization causes the difference; the 95% interval shows how sure the number is.</source>
        <translation>De combien la variante personnalisée a mieux converti que le témoin dans votre test A/B le plus récent de la période. Un test randomisé est la preuve la plus nette que la personnalisation cause la différence; l&apos;intervalle à 95 % montre à quel point le chiffre est sûr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(Treatment conversion rate − control conversion rate) / control conversion rate × 100, with a Katz log 95% interval, for the first treatment arm of the most recent experiment running in the period; other arms are listed per arm.</source>
        <translation>(Taux de conversion du traitement − taux de conversion du témoin) / taux de conversion du témoin × 100, avec un intervalle logarithmique de Katz à 95 %, pour la première variante de traitement de l&apos;expérience la plus récente en cours dans la période; les autres variantes sont listées une par une.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A/B test p-value</source>
        <translation>Valeur p du test A/B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How likely a difference at least this large would be if the variation did nothing. Below 0.05 the result is usually called significant; a larger value means the test has not shown a difference yet.</source>
        <translation>La probabilité d&apos;observer une différence au moins aussi grande si la variante n&apos;avait aucun effet. Sous 0,05, on qualifie habituellement le résultat de significatif; une valeur plus élevée signifie que le test n&apos;a pas encore montré de différence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two-sided two-proportion z-test of the conversion rates, or Fisher&apos;s exact test when any cell is below 5, for the most recent experiment running in the period.</source>
        <translation>Test z bilatéral de deux proportions sur les taux de conversion, ou test exact de Fisher quand une cellule est inférieure à 5, pour l&apos;expérience la plus récente en cours dans la période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probability to beat control</source>
        <translation>Probabilité de battre le témoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chance that the personalized variation truly converts better than the control, given the data. Many teams act at 95% or more.</source>
        <translation>La probabilité que la variante personnalisée convertisse réellement mieux que le témoin, compte tenu des données. Beaucoup d&apos;équipes agissent à partir de 95 %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P(treatment rate &gt; control rate) with Beta(1, 1) priors updated by each arm&apos;s visitors and conversions, times 100, for the most recent experiment running in the period.</source>
        <translation>P(taux du traitement &gt; taux du témoin) avec des a priori Beta(1, 1) mis à jour par les visiteurs et les conversions de chaque variante, multiplié par 100, pour l&apos;expérience la plus récente en cours dans la période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample ratio check</source>
        <translation>Contrôle de la répartition des visiteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether visitors were split between the arms as planned. A very small value (below 0.001) means the split is off, usually a tracking or assignment bug, and the test&apos;s result should not be trusted.</source>
        <translation>Si les visiteurs ont été répartis entre les variantes comme prévu. Une très petite valeur (moins de 0,001) signifie que la répartition est faussée, habituellement à cause d&apos;un bogue de suivi ou d&apos;assignation, et qu&apos;il ne faut pas se fier au résultat du test.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>p-value of the chi-square goodness-of-fit test of the observed visitors per arm against the planned split, for the most recent experiment running in the period.</source>
        <translation>Valeur p du test d&apos;ajustement du khi carré des visiteurs observés par variante par rapport à la répartition prévue, pour l&apos;expérience la plus récente en cours dans la période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitors needed per arm</source>
        <translation>Visiteurs nécessaires par variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many visitors each arm needs to detect a 5-point change of the control&apos;s conversion rate reliably. Compare it with the visitors your test has: with fewer, a missing difference proves little.</source>
        <translation>Combien de visiteurs chaque variante nécessite pour détecter de façon fiable une variation de 5 points du taux de conversion du témoin. Comparez-le aux visiteurs de votre test : s&apos;il en a moins, l&apos;absence de différence ne prouve pas grand-chose.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evan Miller&apos;s formula for a two-sided test at α = 0.05 with 80% power: n = (z(1−α/2)·√(2p(1−p)) + z(power)·√(p(1−p) + (p+d)(1−p−d)))² / d², with p the control&apos;s conversion rate in the most recent experiment of the period and d = 0.05.</source>
        <translation>Formule d&apos;Evan Miller pour un test bilatéral à α = 0,05 avec une puissance de 80 % : n = (z(1−α/2)·√(2p(1−p)) + z(puissance)·√(p(1−p) + (p+d)(1−p−d)))² / d², où p est le taux de conversion du témoin dans l&apos;expérience la plus récente de la période et d = 0,05.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A/B test win rate</source>
        <translation>Taux de réussite des tests A/B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of your concluded A/B tests where the personalized variation won significantly. It tells whether your personalization ideas pay off in general, with the p-values corrected for running many tests.</source>
        <translation>La part de vos tests A/B terminés où la variante personnalisée l&apos;a emporté de façon significative. Cela indique si vos idées de personnalisation rapportent en général, avec des valeurs p corrigées pour tenir compte du grand nombre de tests.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concluded tests (treatment arm vs control, ended by the period&apos;s end) with a Holm-adjusted p-value below 0.05 and a positive lift, divided by all concluded tests, times 100.</source>
        <translation>Tests terminés (variante de traitement contre témoin, terminés à la fin de la période) dont la valeur p ajustée par Holm est inférieure à 0,05 et la hausse positive, divisés par l&apos;ensemble des tests terminés, multiplié par 100.</translation>
    </message>
    <message>
        <location filename="../../model/pvi/monitoring/pvi_monitoring.cpp" line="+3"/>
        <source>Repeat step of the journey</source>
        <translation>Étape de réachat du parcours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of the customers who ordered in the period, the share who have come back for another order: the order → repeat step of the visit → cart → order → repeat journey. With web analytics reports imported, the visit → order step is shown too (visits of personalized landing pages against the others); the cart step needs per-visitor cart events.</source>
        <translation>Parmi les clients qui ont commandé dans la période, la part qui est revenue pour une autre commande : l&apos;étape commande → réachat du parcours visite → panier → commande → réachat. Avec des rapports d&apos;analytique Web importés, l&apos;étape visite → commande est aussi affichée (visites des pages de destination personnalisées par rapport aux autres); l&apos;étape du panier nécessite des événements de panier par visiteur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers with a valid order in the period and more than one valid order by the period&apos;s end, divided by the customers with a valid order in the period, times 100; personalized = exposed by the period&apos;s end. Steps: visit → order = sessions with a key event / sessions of the web reports inside the period (personalized = landing-page-prefix rule), order → repeat = the value.</source>
        <translation>Clients ayant une commande valide dans la période et plus d&apos;une commande valide à la fin de la période, divisés par les clients ayant une commande valide dans la période, multiplié par 100; personnalisé = exposé à la fin de la période. Étapes : visite → commande = sessions avec un événement clé / sessions des rapports Web compris dans la période (personnalisé = règle de préfixe de page de destination), commande → réachat = la valeur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unusual revenue days</source>
        <translation>Journées de revenus inhabituelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The days of the period when net revenue was far from what the same weekday usually brings. A spike can be a campaign that worked; a drop can be a broken checkout. Each day is listed with its revenue and the expected revenue.</source>
        <translation>Les jours de la période où les revenus nets se sont beaucoup écartés de ce que rapporte habituellement le même jour de la semaine. Un pic peut être une campagne qui a fonctionné; une chute peut être une caisse en panne. Chaque jour est listé avec ses revenus et les revenus attendus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days of the period whose net revenue has a robust z-score of 3.5 (the anomaly_threshold setting) or more in absolute value against the median of the same weekday over the previous 8 weeks (anomaly_window; scale 1.4826 × median absolute deviation); days with fewer than 4 such weeks of history are not judged.</source>
        <translation>Jours de la période dont les revenus nets ont un score z robuste de 3,5 (le paramètre anomaly_threshold) ou plus en valeur absolue par rapport à la médiane du même jour de la semaine sur les 8 semaines précédentes (anomaly_window; échelle 1,4826 × écart absolu médian); les jours ayant moins de 4 semaines d&apos;historique de ce type ne sont pas évalués.</translation>
    </message>
    <message>
        <location filename="../../model/pvi/monitoring/pvi_targets.cpp" line="+21"/>
        <source>Targets set for PVIs, and the data those PVIs need</source>
        <translation>Des cibles fixées pour des PVI, et les données dont ces PVI ont besoin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PVIs on track</source>
        <translation>PVI en bonne voie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of the PVIs you set a target for, the share that currently meet it. Each target is listed with its status (on track, watch, off track).</source>
        <translation>Parmi les PVI pour lesquels vous avez fixé une cible, la part qui l&apos;atteint actuellement. Chaque cible est listée avec son statut (en bonne voie, à surveiller, hors cible).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PVIs whose value is on track against their stored target divided by the PVIs with a target and a value, times 100.</source>
        <translation>PVI dont la valeur est en bonne voie par rapport à leur cible enregistrée divisés par les PVI ayant une cible et une valeur, multiplié par 100.</translation>
    </message>
    <message>
        <location filename="../../model/pvi/effect/pvi_effect.cpp" line="+25"/>
        <source>Revenue effect, adjusted for selection</source>
        <translation>Effet sur les revenus, corrigé du biais de sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much more a personalized customer spends because of personalization, with the bias of who gets personalized taken out: shops tend to personalize for their loyal customers, who would spend more anyway. Each customer first personalized in the period is compared with a customer who ordered generically around the same day and looked the same over the year before (orders, spend, recency, tenure, consent, country). `pvi effect` shows the whole estimate, its balance table and the difference in differences.</source>
        <translation>De combien un client personnalisé dépense davantage grâce à la personnalisation, une fois retiré le biais lié au choix des clients personnalisés : les boutiques ont tendance à personnaliser pour leurs clients fidèles, qui dépenseraient plus de toute façon. Chaque client personnalisé pour la première fois dans la période est comparé à un client qui a commandé sans personnalisation vers le même jour et qui lui ressemblait durant l&apos;année précédente (commandes, dépenses, récence, ancienneté, consentement, pays). `pvi effect` montre l&apos;estimation complète, sa table d&apos;équilibre et la différence des différences.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As of the period&apos;s end, for the customers first personalized in the 365 days whose 90 days after had passed by then: mean over matched pairs of (net revenue of the personalized customer over the 90 days after their first personalized order − net revenue of their match over the 90 days after its generic order). Matches: greedy nearest neighbour without replacement on the logit of a propensity score (logistic regression on the year before), within 0.2 standard deviations of the logit and 14 days. 95% interval: bootstrap over the pairs (1,000 replicates, seeded). Starts without 90 days of data after them are left out.</source>
        <translation>À la fin de la période, pour les clients personnalisés pour la première fois dans les 365 jours et dont les 90 jours suivants étaient alors écoulés : moyenne sur les paires appariées de (revenus nets du client personnalisé sur les 90 jours suivant sa première commande personnalisée − revenus nets de son jumeau sur les 90 jours suivant sa commande générique). Appariement : plus proche voisin glouton sans remise sur le logit d&apos;un score de propension (régression logistique sur l&apos;année précédente), à moins de 0,2 écart-type du logit et de 14 jours. Intervalle à 95 % : bootstrap sur les paires (1 000 réplications, à graine fixe). Les débuts sans 90 jours de données par la suite sont exclus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orders with customers and dates over more than the period plus 90 days, and a personalization rule</source>
        <translation>Des commandes avec clients et dates couvrant plus que la période plus 90 jours, et une règle de personnalisation</translation>
    </message>
</context>
<context>
    <name>RoiLoader</name>
    <message>
        <location filename="../../ui/pages/roi_loader.cpp" line="+27"/>
        <source>Not available — this workspace has no costs yet. Import a costs CSV (Period start, Period end, Channel, Category personalization/acquisition/other, Amount) with File › Import… or `pvi import WS.pvi costs.csv` to see what personalization costs and returns.</source>
        <translation>Non disponible — cet espace de travail n&apos;a pas encore de coûts. Importez un fichier CSV de coûts (Period start, Period end, Channel, Category personalization/acquisition/other, Amount) avec Fichier › Importer… ou `pvi import WS.pvi costs.csv` pour voir ce que la personnalisation coûte et rapporte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available — the workspace has no orders to compare the costs with: import a Shopify orders export.</source>
        <translation>Non disponible — l&apos;espace de travail n&apos;a pas de commandes auxquelles comparer les coûts : importez une exportation de commandes Shopify.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workspace could not be read</source>
        <translation>Impossible de lire l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>SegmentSummary</name>
    <message>
        <location filename="../../ui/pages/segment_summary.cpp" line="+23"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>On %1, %2 customers have a segment</source>
        <translation>Le %1, %2 clients ont un segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 since %2 (%3 then).</source>
        <translation>, %1 depuis le %2 (%3 à ce moment-là).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; nobody had one before the period.</source>
        <translation>; personne n&apos;en avait avant la période.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> %1 grew most (%2, %3).</source>
        <translation> Plus forte croissance : %1 (%2, %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %1 shrank most (%2, %3).</source>
        <translation> Plus forte baisse : %1 (%2, %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> No segment with members at the start grew or shrank.</source>
        <translation> Aucun segment ayant des membres au début n&apos;a grandi ni rétréci.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> %1 had no members at the start.</source>
        <translation> %1 n&apos;avait aucun membre au début.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> The largest segment is %1 (%2% of the customers).</source>
        <translation> Le plus gros segment est %1 (%2 % des clients).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The largest segments are %1 (%2% of the customers each).</source>
        <translation> Les plus gros segments sont %1 (%2 % des clients chacun).</translation>
    </message>
</context>
<context>
    <name>SegmentsLoader</name>
    <message>
        <location filename="../../ui/pages/segments_loader.cpp" line="+35"/>
        <source>The workspace could not be read</source>
        <translation>Impossible de lire l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>pvi::AttributionCreditModel</name>
    <message>
        <location filename="../../ui/pages/attribution_credit_model.cpp" line="+80"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removal effect</source>
        <translation>Effet de retrait</translation>
    </message>
</context>
<context>
    <name>pvi::AttributionPage</name>
    <message>
        <location filename="../../ui/pages/attribution_page.cpp" line="+62"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported touchpoints</source>
        <translation>Points de contact importés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GA4 conversion paths</source>
        <translation>Chemins de conversion GA4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and email clicks</source>
        <translation>Commandes et clics dans les courriels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: imported touchpoints when there are any, else GA4 conversion paths, else the orders&apos; visits and email clicks.</source>
        <translation>Automatique : les points de contact importés s&apos;il y en a, sinon les chemins de conversion GA4, sinon les visites liées aux commandes et les clics dans les courriels.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Journeys from:</source>
        <translation>Parcours tirés de :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversions credited per channel</source>
        <translation>Conversions attribuées par canal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No workspace is open. Use File › New Workspace… or Open…, then import orders or touchpoints.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier › Nouvel espace de travail… ou Ouvrir…, puis importez des commandes ou des points de contact.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running the attribution models…</source>
        <translation>Exécution des modèles d&apos;attribution…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Conversions credited per channel, by model</source>
        <translation>Conversions attribuées par canal, par modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>conversions</source>
        <translation>conversions</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Credit range across models</source>
        <translation>Écart d&apos;attribution entre les modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversions (dot: mean of the models, bar: min–max)</source>
        <translation>conversions (point : moyenne des modèles, barre : min.–max.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markov removal effect: conversions lost without the channel</source>
        <translation>Effet de retrait de Markov : conversions perdues sans le canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal effect</source>
        <translation>Effet de retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of conversions</source>
        <translation>% des conversions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markov credit: personalized vs generic touches</source>
        <translation>Attribution de Markov : contacts personnalisés et génériques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalized</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 journeys, %2 conversions worth %3 credited across %4 channels under %5 models.</source>
        <translation>%1 parcours, %2 conversions d&apos;une valeur de %3 attribuées à %4 canaux selon %5 modèles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> %1 conversions had no touch to credit.</source>
        <translation> %1 conversions n&apos;avaient aucun contact auquel les attribuer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attribution computed for %1 channels.</source>
        <translation>Attribution calculée pour %1 canaux.</translation>
    </message>
</context>
<context>
    <name>pvi::CampaignRatesModel</name>
    <message>
        <location filename="../../ui/pages/campaign_rates_model.cpp" line="+44"/>
        <source>Not available: the export does not report it.</source>
        <translation>Non disponible : l&apos;exportation ne l&apos;indique pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; 95% Wilson interval %1 – %2</source>
        <translation>; intervalle de Wilson à 95 % : %1 – %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A campaign-name rule matches this campaign.</source>
        <translation>Une règle de nom de campagne correspond à cette campagne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaign-name rule matches this campaign.</source>
        <translation>Aucune règle de nom de campagne ne correspond à cette campagne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted from per-recipient activity (distinct recipients).</source>
        <translation>Compté à partir de l&apos;activité par destinataire (destinataires distincts).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Personalized</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Successful deliveries: the n of the open, click and unsubscribe rates.</source>
        <translation>Livraisons réussies : le n des taux d&apos;ouverture, de clics et de désabonnement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounces over the addresses the campaign was sent to.</source>
        <translation>Rejets sur les adresses auxquelles la campagne a été envoyée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A/B arm</source>
        <translation>Variante A/B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered (n)</source>
        <translation>Livrés (n)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open rate</source>
        <translation>Taux d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubscribe rate</source>
        <translation>Taux de désabonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
</context>
<context>
    <name>pvi::ChurnRiskModel</name>
    <message>
        <location filename="../../ui/pages/churn_risk_model.cpp" line="+63"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV (12 m)</source>
        <translation>CLV prédite (12 m)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn risk</source>
        <translation>Risque d&apos;attrition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P(alive)</source>
        <translation>P(actif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchases</source>
        <translation>Achats attendus</translation>
    </message>
</context>
<context>
    <name>pvi::ClvParameterModel</name>
    <message>
        <location filename="../../ui/pages/clv_parameter_model.cpp" line="+65"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Std. error</source>
        <translation>Erreur type</translation>
    </message>
</context>
<context>
    <name>pvi::CohortsPage</name>
    <message>
        <location filename="../../ui/pages/cohorts_page.cpp" line="+41"/>
        <source>Personalized onboarding</source>
        <translation>Accueil personnalisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic onboarding</source>
        <translation>Accueil générique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Share of the cohort ordering in month k · %1</source>
        <translation>Part de la cohorte qui commande au mois k · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders per cohort customer up to month k · %1</source>
        <translation>Commandes par client de la cohorte jusqu&apos;au mois k · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>orders per customer up to the end of that month</source>
        <translation>commandes par client jusqu&apos;à la fin de ce mois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net revenue per cohort customer up to month k · %1</source>
        <translation>Revenus nets par client de la cohorte jusqu&apos;au mois k · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue per cohort customer up to month k, in %1 · %2</source>
        <translation>Revenus nets par client de la cohorte jusqu&apos;au mois k, en %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>net revenue per customer up to the end of that month</source>
        <translation>revenus nets par client jusqu&apos;à la fin de ce mois</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Share ordering in month k</source>
        <translation>Part qui commande au mois k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders per customer (cumulative)</source>
        <translation>Commandes par client (cumul)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net revenue per customer (cumulative)</source>
        <translation>Revenus nets par client (cumul)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Measure:</source>
        <translation>Mesure :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat map of:</source>
        <translation>Carte de chaleur de :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How cohorts are formed</source>
        <translation>Comment les cohortes sont formées</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No workspace is open. Use File › New Workspace… or Open…, then import an orders export.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier › Nouvel espace de travail… ou Ouvrir…, puis importez une exportation de commandes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing the acquisition cohorts…</source>
        <translation>Calcul des cohortes d&apos;acquisition…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This workspace has no orders yet: drop a Shopify orders export onto the window or use File › Import…</source>
        <translation>Cet espace de travail n&apos;a pas encore de commandes : déposez une exportation de commandes Shopify sur la fenêtre ou utilisez Fichier › Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available — no customer has a valid order up to %1.</source>
        <translation>Non disponible — aucun client n&apos;a de commande valide jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cohorts are not available.</source>
        <translation>Les cohortes ne sont pas disponibles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cohort is the customers whose first valid order is in the same calendar month; the number after the month is its size. Month k is the k-th calendar month after it (k = 0 is the first month, so its share is 100%). Every valid order up to %1, the end of the filter&apos;s period, counts; cancelled, voided and fully refunded orders do not.

Personalized onboarding: the customer&apos;s first valid order was personalized (matched a personalization rule); every other customer had a generic onboarding.

The curves average the cohorts weighted by their size, over the months that had ended by %1 (a month still running would pull them down); the retention curves start at month 1.</source>
        <translation>Une cohorte regroupe les clients dont la première commande valide tombe dans le même mois civil; le nombre après le mois est sa taille. Le mois k est le k-ième mois civil qui suit (k = 0 est le premier mois, sa part est donc de 100 %). Toutes les commandes valides jusqu&apos;au %1, la fin de la période du filtre, comptent; les commandes annulées, invalidées et entièrement remboursées ne comptent pas.

Accueil personnalisé : la première commande valide du client était personnalisée (elle correspondait à une règle de personnalisation); tous les autres clients ont eu un accueil générique.

Les courbes font la moyenne des cohortes pondérée par leur taille, sur les mois terminés au %1 (un mois encore en cours les tirerait vers le bas); les courbes de fidélisation commencent au mois 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>

No personalization rule yet: every customer counts as generic. Add one on the Data page or with `pvi rules add`.</source>
        <translation>

Aucune règle de personnalisation pour l&apos;instant : chaque client compte comme générique. Ajoutez-en une dans la page Données ou avec `pvi rules add`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohorts computed up to %1.</source>
        <translation>Cohortes calculées jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>% of the cohort</source>
        <translation>% de la cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders per customer</source>
        <translation>commandes par client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>net revenue per customer</source>
        <translation>revenus nets par client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net revenue per customer (%1)</source>
        <translation>revenus nets par client (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention curves: share ordering in month k</source>
        <translation>Courbes de fidélisation : part qui commande au mois k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders per customer up to month k</source>
        <translation>Commandes par client jusqu&apos;au mois k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue per customer up to month k</source>
        <translation>Revenus nets par client jusqu&apos;au mois k</translation>
    </message>
</context>
<context>
    <name>pvi::DataBatchesPanel</name>
    <message>
        <location filename="../../ui/pages/data_batches_panel.cpp" line="+43"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported at</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show report…</source>
        <translation>Afficher le rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove batch…</source>
        <translation>Retirer le lot…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No file has been imported yet. Use File › Import… or drop a CSV export onto the window.</source>
        <translation>Aucun fichier n&apos;a encore été importé. Utilisez Fichier › Importer… ou déposez une exportation CSV sur la fenêtre.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n imported file. Removing a batch removes the orders, records and issues it brought.</source>
        <translation>
            <numerusform>%n fichier importé. Retirer un lot retire les commandes, les fiches et les problèmes qu&apos;il a apportés.</numerusform>
            <numerusform>%n fichiers importés. Retirer un lot retire les commandes, les fiches et les problèmes qu&apos;il a apportés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n imported files. Removing a batch removes the orders, records and issues it brought.</source>
        <translation>
            <numerusform>%n fichier importé. Retirer un lot retire les commandes, les fiches et les problèmes qu&apos;il a apportés.</numerusform>
            <numerusform>%n fichiers importés. Retirer un lot retire les commandes, les fiches et les problèmes qu&apos;il a apportés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pvi::DataCostsPanel</name>
    <message>
        <location filename="../../ui/pages/data_costs_panel.cpp" line="+56"/>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add cost</source>
        <translation>Ajouter le coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove cost</source>
        <translation>Retirer le coût</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. email</source>
        <translation>p. ex. courriel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 250.00</source>
        <translation>p. ex. 250,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No costs yet. Import a costs CSV or add a cost here; the cost and return PVIs prorate each cost over the days of its period.</source>
        <translation>Aucun coût pour l&apos;instant. Importez un fichier CSV de coûts ou ajoutez un coût ici; les PVI de coûts et de rendement répartissent chaque coût au prorata des jours de sa période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cost rows: %2 personalization, %3 acquisition in total. The cost and return PVIs prorate each cost over the days of its period.</source>
        <translation>%1 lignes de coûts : %2 en personnalisation, %3 en acquisition au total. Les PVI de coûts et de rendement répartissent chaque coût au prorata des jours de sa période.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the amount as a number, e.g. 250 or 1,234.50.</source>
        <translation>Entrez le montant sous forme de nombre, p. ex. 250 ou 1,234.50.</translation>
    </message>
</context>
<context>
    <name>pvi::DataPage</name>
    <message>
        <location filename="../../ui/pages/data_page.cpp" line="+56"/>
        <source>Import batches</source>
        <translation>Lots d&apos;importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalization rules</source>
        <translation>Règles de personnalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey questions</source>
        <translation>Questions de sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove Personalization Rule</source>
        <translation>Supprimer la règle de personnalisation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove Segment %1</source>
        <translation>Supprimer le segment %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove Cost</source>
        <translation>Supprimer le coût</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove Target of %1</source>
        <translation>Supprimer l’objectif de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No workspace is open. Use File › New Workspace… or Open…, then import an export.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier › Nouvel espace de travail… ou Ouvrir…, puis importez une exportation.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This workspace is read-only (%1): batches, rules, survey questions, costs, targets and settings are shown but cannot be changed, and nothing can be imported.</source>
        <translation>Cet espace de travail est en lecture seule (%1) : les lots, les règles, les questions de sondage, les coûts, les cibles et les paramètres sont affichés mais ne peuvent pas être modifiés, et rien ne peut être importé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 import batches, %2 rules, %3 segment rules, %4 cost rows, %5 targets.</source>
        <translation>%1 lots d&apos;importation, %2 règles, %3 règles de segment, %4 lignes de coûts, %5 cibles.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove Import of %1</source>
        <translation>Supprimer l’import de %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 Edit › Undo puts it back until the window closes.</source>
        <translation>%1 Édition › Annuler le rétablit jusqu’à la fermeture de la fenêtre.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Remove import batch</source>
        <translation>Retirer le lot d&apos;importation</translation>
    </message>
</context>
<context>
    <name>pvi::DataRulesPanel</name>
    <message>
        <location filename="../../ui/pages/data_rules_panel.cpp" line="+23"/>
        <location line="+27"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalization rules</source>
        <translation>Règles de personnalisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add rule</source>
        <translation>Ajouter la règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule pattern</source>
        <translation>Motif de la règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pattern, e.g. vip</source>
        <translation>motif, p. ex. vip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An order counts as personalized when a rule matches it. Rules apply to every page at once.</source>
        <translation>Une commande compte comme personnalisée quand une règle lui correspond. Les règles s&apos;appliquent à toutes les pages à la fois.</translation>
    </message>
</context>
<context>
    <name>pvi::DataSegmentRulesPanel</name>
    <message>
        <location filename="../../ui/pages/data_segment_rules_panel.cpp" line="+22"/>
        <location line="+36"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Segment rules</source>
        <translation>Règles de segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save segment</source>
        <translation>Enregistrer le segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove segment</source>
        <translation>Retirer le segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name, e.g. big spenders</source>
        <translation>nom, p. ex. gros acheteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spend_last_90d &gt; 200 AND consent = yes</source>
        <translation>spend_last_90d &gt; 200 AND consent = yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment rule</source>
        <translation>Règle du segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A segment you define: the customers a rule matches on each day. Saved segments appear on the Segments page under Segment by, and in pvi segments --by rule:NAME.</source>
        <translation>Un segment que vous définissez : les clients auxquels une règle correspond chaque jour. Les segments enregistrés apparaissent dans la page Segments sous Segmenter par, et dans pvi segments --by rule:NOM.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fields: spend, orders, spend_last_90d (any N days), orders_last_30d, recency (days since the last order), r, f, m (RFM scores 1–5), last_order, first_order (YYYY-MM-DD), tag, customer_tag, order_tag, country, region, list, email_group, survey, consent and exposed (yes/no); compared with =, !=, &lt;, &lt;=, &gt;, &gt;=; joined with AND, OR, NOT and parentheses. Text with spaces goes in quotes.</source>
        <translation>Champs : spend, orders, spend_last_90d (n&apos;importe quel nombre N de jours), orders_last_30d, recency (jours depuis la dernière commande), r, f, m (scores RFM de 1 à 5), last_order, first_order (AAAA-MM-JJ), tag, customer_tag, order_tag, country, region, list, email_group, survey, consent et exposed (yes/no); comparés avec =, !=, &lt;, &lt;=, &gt;, &gt;=; combinés avec AND, OR, NOT et des parenthèses. Un texte contenant des espaces se met entre guillemets.</translation>
    </message>
</context>
<context>
    <name>pvi::DataSettingsPanel</name>
    <message>
        <location filename="../../ui/pages/data_settings_panel.cpp" line="+22"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Rien à enregistrer : aucun paramètre n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>pvi::DataSurveysPanel</name>
    <message>
        <location filename="../../ui/pages/data_surveys_panel.cpp" line="+29"/>
        <source>Import the survey file again: its answers were read as %1.</source>
        <translation>Importez de nouveau le fichier du sondage : ses réponses ont été lues comme %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ethics</source>
        <translation>Éthique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice answers</source>
        <translation>Réponses à choix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey questions</source>
        <translation>Questions de sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Mark as ethics question</source>
        <translation>Marquer comme question d&apos;éthique</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>Mark as segment</source>
        <translation>Marquer comme segment</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Questions about the ethics of personalization (a score question: &quot;I understand why I see these offers&quot;) feed the Perceived personalization ethics score; a choice question marked as a segment (&quot;How did you hear about us?&quot;) becomes a Survey answer segment. Both apply at once to the answers already imported. To change a question&apos;s instrument, use `pvi surveys mark` and import the survey file again.</source>
        <translation>Les questions sur l&apos;éthique de la personnalisation (une question à score : « Je comprends pourquoi je vois ces offres ») alimentent le score d&apos;éthique perçue de la personnalisation; une question à choix marquée comme segment (« Comment avez-vous entendu parler de nous? ») devient un segment de réponses au sondage. Les deux s&apos;appliquent immédiatement aux réponses déjà importées. Pour changer l&apos;instrument d&apos;une question, utilisez `pvi surveys mark` et importez de nouveau le fichier du sondage.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unmark ethics</source>
        <translation>Retirer la marque d&apos;éthique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmark segment</source>
        <translation>Retirer la marque de segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a score question (Likert, CSAT, …) can be about ethics.</source>
        <translation>Seule une question à score (Likert, CSAT, …) peut porter sur l&apos;éthique.</translation>
    </message>
</context>
<context>
    <name>pvi::DataTargetsPanel</name>
    <message>
        <location filename="../../ui/pages/data_targets_panel.cpp" line="+35"/>
        <source>higher is better</source>
        <translation>plus élevé, c&apos;est mieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower is better</source>
        <translation>plus bas, c&apos;est mieux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neutral (judged as higher is better)</source>
        <translation>neutre (évalué comme « plus élevé, c&apos;est mieux »)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ on track</source>
        <translation>✔ en bonne voie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● watch</source>
        <translation>● à surveiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ off track</source>
        <translation>✖ hors cible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– no value</source>
        <translation>– aucune valeur</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+35"/>
        <source>PVI</source>
        <translation>PVI</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+37"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Alert low</source>
        <translation>Alerte basse</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Alert high</source>
        <translation>Alerte haute</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Value in the filter&apos;s period</source>
        <translation>Valeur dans la période du filtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 75</source>
        <translation>p. ex. 75</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save target</source>
        <translation>Enregistrer la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove target</source>
        <translation>Retirer la cible</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A target makes a PVI&apos;s tile show whether it is on track. Values are in the PVI&apos;s unit (percentages as 0–100). Without an alert bound, a PVI more than 10% short of its target is off track.</source>
        <translation>Une cible fait indiquer à la tuile d&apos;un PVI s&apos;il est en bonne voie. Les valeurs sont dans l&apos;unité du PVI (les pourcentages de 0 à 100). Sans seuil d&apos;alerte, un PVI à plus de 10 % sous sa cible est hors cible.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Enter the target as a number, e.g. 75 or 0.25.</source>
        <translation>Entrez la cible sous forme de nombre, p. ex. 75 ou 0.25.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An alert bound must be a number (or left empty).</source>
        <translation>Un seuil d&apos;alerte doit être un nombre (ou rester vide).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Direction: %1; unit: %2</source>
        <translation>Sens : %1; unité : %2</translation>
    </message>
</context>
<context>
    <name>pvi::EffectText</name>
    <message>
        <location filename="../../model/pvi/effect/pvi_effect.cpp" line="+5"/>
        <source>over %1 days</source>
        <translation>sur %1 jours</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no personalization rule is set, so nobody is personalized</source>
        <translation>aucune règle de personnalisation n&apos;est définie, donc personne n&apos;est personnalisé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 orders</source>
        <translation>%1 commandes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No adjusted estimate: %1.</source>
        <translation>Aucune estimation corrigée : %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>95% interval %1 to %2</source>
        <translation>intervalle à 95 % de %1 à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>personalized customers spent no clearly different amount %2: %1 (%3)</source>
        <translation>les clients personnalisés n&apos;ont pas dépensé un montant nettement différent %2 : %1 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>personalized customers placed no clearly different amount %2: %1 (%3)</source>
        <translation>les clients personnalisés n&apos;ont pas passé un nombre de commandes nettement différent %2 : %1 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>personalized customers spent %1 more %2 (%3)</source>
        <translation>les clients personnalisés ont dépensé %1 de plus %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personalized customers placed %1 more %2 (%3)</source>
        <translation>les clients personnalisés ont passé %1 de plus %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>personalized customers spent %1 less %2 (%3)</source>
        <translation>les clients personnalisés ont dépensé %1 de moins %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personalized customers placed %1 less %2 (%3)</source>
        <translation>les clients personnalisés ont passé %1 de moins %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After taking out who tends to get personalized, %1; the raw comparison said %2.</source>
        <translation>Une fois retiré l&apos;effet de qui tend à être personnalisé, %1; la comparaison brute donnait %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Caution: %1.</source>
        <translation> Attention : %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A randomized test with %1 customers per arm would confirm it (80% power to detect %2 %3 at the 5% level)</source>
        <translation>Un test aléatoire avec %1 clients par variante le confirmerait (puissance de 80 % pour détecter %2 %3 au seuil de 5 %)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; at the shop&apos;s %1 ordering customers a week that is about %2 weeks</source>
        <translation>; au rythme de %1 clients qui commandent par semaine dans la boutique, cela prendrait environ %2 semaines</translation>
    </message>
</context>
<context>
    <name>pvi::EmailPage</name>
    <message>
        <location filename="../../ui/pages/email_page.cpp" line="+50"/>
        <location line="+8"/>
        <source>%1, personalized</source>
        <translation>%1, personnalisées</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1, generic</source>
        <translation>%1, génériques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, all generic</source>
        <translation>%1, toutes génériques</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;%1 campaigns&lt;/b&gt; sent %2 (%3 personalized, %4 generic), %5 deliveries. Rates pool the campaigns&apos; counts (Σ unique opens / Σ deliveries), never averaged rates; bars are 95% Wilson intervals.</source>
        <translation>&lt;b&gt;%1 campagnes&lt;/b&gt; envoyées %2 (%3 personnalisées, %4 génériques), %5 livraisons. Les taux regroupent les nombres des campagnes (Σ ouvertures uniques / Σ livraisons), jamais des moyennes de taux; les barres sont des intervalles de Wilson à 95 %.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> &lt;br&gt;No campaign-name rule yet, so every campaign counts as generic: add one on the Data page or with &lt;tt&gt;pvi rules add WS.pvi --kind campaign-name --pattern &quot;[P]&quot;&lt;/tt&gt;.</source>
        <translation> &lt;br&gt;Aucune règle de nom de campagne pour l&apos;instant : chaque campagne compte donc comme générique. Ajoutez-en une dans la page Données ou avec &lt;tt&gt;pvi rules add WS.pvi --kind campaign-name --pattern &quot;[P]&quot;&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Personalized and generic campaigns went to different people at different times (not randomized): a difference between them is not proof that personalization caused it.</source>
        <translation> Les campagnes personnalisées et génériques ont été envoyées à des personnes différentes à des moments différents (sans attribution au hasard) : une différence entre elles ne prouve pas que la personnalisation en est la cause.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Fatigue not available&lt;/b&gt; — %1.</source>
        <translation>&lt;b&gt;Fatigue non disponible&lt;/b&gt; — %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sends (recipient × campaign) in %2 recipient-weeks. </source>
        <translation>%1 envois (destinataire × campagne) sur %2 semaines-destinataires. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Fatigue from %1 sends a week&lt;/b&gt;: </source>
        <translation>&lt;b&gt;Fatigue à partir de %1 envois par semaine&lt;/b&gt; : </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fewer opens (%1)</source>
        <translation>moins d’ouvertures (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more unsubscribes (%1)</source>
        <translation>plus de désabonnements (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 than the lowest band.</source>
        <translation>%1 et %2 que la tranche la plus basse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 than the lowest band.</source>
        <translation>%1 que la tranche la plus basse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No fatigue: no band has significantly fewer opens or more unsubscribes than the lowest (two-proportion z-test, p &lt; 0.05).</source>
        <translation>Pas de fatigue : aucune tranche n&apos;a significativement moins d&apos;ouvertures ou plus de désabonnements que la plus basse (test z de deux proportions, p &lt; 0,05).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A/B campaigns: the arms side by side</source>
        <translation>Campagnes A/B : les variantes côte à côte</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Campaigns: rates and their n</source>
        <translation>Campagnes : taux et leur n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A/B campaigns: the arms side by side (95% intervals)</source>
        <translation>Campagnes A/B : les variantes côte à côte (intervalles à 95 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No workspace is open. Use File › New Workspace… or Open…, then import a Mailchimp or Klaviyo campaign export.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier › Nouvel espace de travail… ou Ouvrir…, puis importez une exportation de campagnes Mailchimp ou Klaviyo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing the email rates…</source>
        <translation>Calcul des taux des courriels…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email: not available — %1</source>
        <translation>Courriel : non disponible — %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No A/B campaign in this period. Mailchimp writes the arms of an A/B campaign as &quot;&lt;name&gt; | Combo 1&quot; and &quot;&lt;name&gt; | Combo 2&quot;; they are listed here when imported.</source>
        <translation>Aucune campagne A/B dans cette période. Mailchimp écrit les variantes d&apos;une campagne A/B sous la forme « &lt;name&gt; | Combo 1 » et « &lt;name&gt; | Combo 2 »; elles sont listées ici une fois importées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 arms of A/B campaigns (Mailchimp Combo 1/Combo 2): compare the arms of one campaign; overlapping intervals mean the test could not tell them apart.</source>
        <translation>%1 variantes de campagnes A/B (Combo 1/Combo 2 de Mailchimp) : comparez les variantes d&apos;une même campagne; des intervalles qui se chevauchent signifient que le test n&apos;a pas pu les départager.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email: %1 campaigns in the period.</source>
        <translation>Courriel : %1 campagnes dans la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email: not available (see the page for why).</source>
        <translation>Courriel : non disponible (voyez la page pour savoir pourquoi).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open and click rate</source>
        <translation>Taux d&apos;ouverture et de clics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of deliveries</source>
        <translation>% des livraisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe and bounce rate</source>
        <translation>Taux de désabonnement et de rejet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>Désabonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of deliveries (bounces: of recipients)</source>
        <translation>% des livraisons (rejets : des destinataires)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fatigue: rates by sends per recipient per week</source>
        <translation>Fatigue : taux selon les envois par destinataire par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open rate (left)</source>
        <translation>Taux d&apos;ouverture (gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe rate (right)</source>
        <translation>Taux de désabonnement (droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open rate, %</source>
        <translation>taux d&apos;ouverture, %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unsubscribe rate, %</source>
        <translation>taux de désabonnement, %</translation>
    </message>
</context>
<context>
    <name>pvi::ExperiencePage</name>
    <message>
        <location filename="../../ui/pages/experience_page.cpp" line="+45"/>
        <source>NPS, points</source>
        <translation>NPS, points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT, % 4–5</source>
        <translation>CSAT, % de 4–5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CES, mean</source>
        <translation>CES, moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score, 0–100</source>
        <translation>score, 0–100</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+245"/>
        <location line="+31"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location line="-273"/>
        <location line="+214"/>
        <location line="+30"/>
        <location line="+31"/>
        <source>Personalized</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="-273"/>
        <location line="+213"/>
        <location line="+31"/>
        <location line="+32"/>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>No personalized vs generic split: %1.</source>
        <translation>Pas de répartition personnalisé/générique : %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personalized − generic: %1 points</source>
        <translation>Personnalisé − générique : %1 points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift: %1%</source>
        <translation>Hausse : %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (95% CI %1 to %2)</source>
        <translation> (IC à 95 % : %1 à %2)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Comment sentiment and the most frequent themes</source>
        <translation>Sentiment des commentaires et thèmes les plus fréquents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personalization ethics score</source>
        <translation>Score d&apos;éthique de la personnalisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No workspace is open. Use File › New Workspace… or Open…, then import a survey export.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier › Nouvel espace de travail… ou Ouvrir…, puis importez une exportation de sondage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Computing the survey scores…</source>
        <translation>Calcul des scores de sondage…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer experience: not available — %1</source>
        <translation>Expérience client : non disponible — %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer experience: not available (see the page for why).</source>
        <translation>Expérience client : non disponible (voyez la page pour savoir pourquoi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey answers dated %1 – %2. A respondent is personalized when their email belongs to a customer exposed to personalization by the day they answered; everyone else is generic. Bars are 95% intervals.</source>
        <translation>Réponses de sondage datées du %1 au %2. Un répondant est personnalisé quand son adresse courriel appartient à un client exposé à la personnalisation au jour de sa réponse; tous les autres sont génériques. Les barres sont des intervalles à 95 %.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> &lt;br&gt;No personalization rule yet, so every respondent counts as generic.</source>
        <translation> &lt;br&gt;Aucune règle de personnalisation pour l&apos;instant : chaque répondant compte donc comme générique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %1 answers have no date and count in no period.</source>
        <translation> %1 réponses n&apos;ont pas de date et ne comptent dans aucune période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer experience for %1 – %2.</source>
        <translation>Expérience client du %1 au %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;%1 not available&lt;/b&gt; — %2.</source>
        <translation>&lt;b&gt;%1 non disponible&lt;/b&gt; — %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 (n = %3): answers per score</source>
        <translation>%1 %2 (n = %3) : réponses par score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: personalized vs generic</source>
        <translation>%1 : personnalisé et générique</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 by month%2</source>
        <translation>%1 par mois%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Share of comments per sentiment</source>
        <translation>Part des commentaires par sentiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of comments</source>
        <translation>% des commentaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Comment sentiment not available&lt;/b&gt; — %1.</source>
        <translation>&lt;b&gt;Sentiment des commentaires non disponible&lt;/b&gt; — %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 comments, mean sentiment score %2 (−1 to +1, bundled word list).</source>
        <translation>%1 commentaires, score de sentiment moyen %2 (de −1 à +1, liste de mots intégrée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Personalized %1 (n = %2), generic %3 (n = %4)%5.</source>
        <translation> Personnalisés %1 (n = %2), génériques %3 (n = %4)%5.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no themes</source>
        <translation>aucun thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most frequent themes (comments using the word):&lt;br&gt;</source>
        <translation>Thèmes les plus fréquents (commentaires employant le mot) :&lt;br&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ethics score %1 of 100</source>
        <translation>Score d&apos;éthique : %1 sur 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean agreement, 0–100</source>
        <translation>accord moyen, 0–100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean of the answers to the questions marked as being about transparency, control and fairness of personalization, on 0–100. </source>
        <translation>Moyenne des réponses aux questions marquées comme portant sur la transparence, le contrôle et l&apos;équité de la personnalisation, sur 0–100. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Not available&lt;/b&gt; — %1.</source>
        <translation>&lt;b&gt;Non disponible&lt;/b&gt; — %1.</translation>
    </message>
</context>
<context>
    <name>pvi::ExperimentFormDialog</name>
    <message>
        <location filename="../../ui/pages/experiment_form_dialog.cpp" line="+37"/>
        <source>Arm &apos;%1&apos;: %2 must be a whole number, not &apos;%3&apos;.</source>
        <translation>Variante « %1 » : %2 doit être un nombre entier, et non « %3 ».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Arm &apos;%1&apos;: %2 must be a number, not &apos;%3&apos;.</source>
        <translation>Variante « %1 » : %2 doit être un nombre, et non « %3 ».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add experiment</source>
        <translation>Ajouter une expérience</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. homepage-recommendations</source>
        <translation>p. ex. recommandations-accueil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arm</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue sum</source>
        <translation>Somme des revenus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue sum of squares</source>
        <translation>Somme des carrés des revenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add arm</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove arm</source>
        <translation>Retirer la variante</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The share of visitors the test was meant to send to the control arm; the other arms share the rest equally. Used by the sample-ratio check.</source>
        <translation>La part des visiteurs que le test devait envoyer à la variante témoin; les autres variantes se partagent le reste à parts égales. Utilisée par le contrôle de la répartition.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned control share</source>
        <translation>Part prévue du témoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per arm. Revenue columns are optional (both or neither): the sum of revenue over the arm&apos;s visitors and the sum of each visitor&apos;s revenue squared, for the revenue-per-visitor test.</source>
        <translation>Une ligne par variante. Les colonnes de revenus sont facultatives (les deux ou aucune) : la somme des revenus des visiteurs de la variante et la somme des carrés des revenus de chaque visiteur, pour le test des revenus par visiteur.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Please fix before saving:
• %1</source>
        <translation>Veuillez corriger avant d&apos;enregistrer :
• %1</translation>
    </message>
</context>
<context>
    <name>pvi::ExperimentListModel</name>
    <message>
        <location filename="../../ui/pages/experiment_list_model.cpp" line="+65"/>
        <source>Still running: this fixed-horizon p-value is not valid for peeking. The verdict comes from the always-valid test (see the detail).</source>
        <translation>Toujours en cours : cette valeur p à horizon fixe n&apos;est pas valide si on la consulte en cours de route. Le verdict vient du test toujours valide (voir le détail).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift</source>
        <translation>Hausse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p-value</source>
        <translation>Valeur p</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
</context>
<context>
    <name>pvi::ExperimentsPage</name>
    <message>
        <location filename="../../ui/pages/experiments_page.cpp" line="+44"/>
        <source>Type in an A/B test&apos;s arms (visitors, conversions, optional revenue)</source>
        <translation>Entrez les variantes d&apos;un test A/B (visiteurs, conversions, revenus facultatifs)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not defined (%1)</source>
        <translation>non définie (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add experiment…</source>
        <translation>Ajouter une expérience…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+40"/>
        <source>Experiments</source>
        <translation>Expériences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can I test this?</source>
        <translation>Puis-je tester ceci?</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>How long would a test need with this shop&apos;s own traffic? The baseline and the weekly volume are read from the workspace (the last 12 weeks of data); the weeks assume 80% power and a two-sided α of 0.05.</source>
        <translation>Combien de temps un test prendrait-il avec le trafic de cette boutique? La valeur de référence et le volume hebdomadaire sont lus dans l&apos;espace de travail (les 12 dernières semaines de données); le nombre de semaines suppose une puissance de 80 % et un α bilatéral de 0,05.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Web conversion (GA4 sessions)</source>
        <translation>Conversion Web (sessions GA4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorders within 30 days (orders)</source>
        <translation>Recommandes dans les 30 jours (commandes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail clicks (deliveries)</source>
        <translation>Clics dans les courriels (livraisons)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The smallest relative change of the baseline worth detecting</source>
        <translation>La plus petite variation relative de la valeur de référence qui vaut la peine d&apos;être détectée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>% control</source>
        <translation>% témoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of the traffic kept on the control</source>
        <translation>La part du trafic gardée sur le témoin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to improve</source>
        <translation>Ce qu&apos;il faut améliorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative change to detect</source>
        <translation>Variation relative à détecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no workspace is loaded</source>
        <translation>aucun espace de travail n&apos;est chargé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No workspace is open. Use File › New Workspace… or Open…, then import an experiment CSV with File › Import….</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier › Nouvel espace de travail… ou Ouvrir…, puis importez un fichier CSV d&apos;expérience avec Fichier › Importer….</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Analysing experiments…</source>
        <translation>Analyse des expériences…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workspace is read-only (%1): experiments cannot be added.</source>
        <translation>L&apos;espace de travail est en lecture seule (%1) : impossible d&apos;ajouter des expériences.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This workspace has no experiments yet. Import an experiment CSV with File › Import… (per-visitor rows or arm totals), or type one in with Add experiment….</source>
        <translation>Cet espace de travail n&apos;a pas encore d&apos;expériences. Importez un fichier CSV d&apos;expérience avec Fichier › Importer… (lignes par visiteur ou totaux par variante), ou entrez-en une avec Ajouter une expérience….</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Experiment &apos;%1&apos; saved; %2 experiments analysed.</source>
        <translation>Expérience « %1 » enregistrée; %2 expériences analysées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 experiments analysed.</source>
        <translation>%1 expériences analysées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No experiment selected</source>
        <translation>Aucune expérience sélectionnée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (control)</source>
        <translation>%1 (témoin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversion rate per arm, with 95% Wilson intervals</source>
        <translation>Taux de conversion par variante, avec intervalles de Wilson à 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion rate, %</source>
        <translation>taux de conversion, %</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;%1Lift vs %2:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;%1Hausse par rapport à %2 :&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1Probability to beat control:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1Probabilité de battre le témoin :&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>p undefined</source>
        <translation>p non définie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ Sample-ratio mismatch%1: %2 vs %3 visitors where a %4/%5 split was planned (%6). The split is broken, so the results cannot be trusted.</source>
        <translation>⚠ Déséquilibre de répartition%1 : %2 contre %3 visiteurs alors qu&apos;une répartition %4/%5 était prévue (%6). La répartition est faussée : on ne peut pas se fier aux résultats.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/experiments_portfolio_tab.cpp" line="+67"/>
        <source>Portfolio of experiments</source>
        <translation>Portefeuille d’expériences</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No concluded tests yet: the win rate counts experiments with an end date on or before %1.</source>
        <translation>Aucun test terminé pour l&apos;instant : le taux de réussite compte les expériences dont la date de fin est le %1 ou avant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Win rate: %1&lt;/b&gt; (%2 of %3 concluded tests won after Holm&apos;s adjustment) · %4 with Benjamini–Hochberg (%5 of %3)</source>
        <translation>&lt;b&gt;Taux de réussite : %1&lt;/b&gt; (%2 des %3 tests terminés gagnés après l&apos;ajustement de Holm) · %4 avec Benjamini–Hochberg (%5 sur %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lift vs control with 95% intervals (solid: won, concluded; faded: not won)</source>
        <translation>Hausse par rapport au témoin avec intervalles à 95 % (plein : gagné, terminé; estompé : non gagné)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>lift, %</source>
        <translation>hausse, %</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lift after shrinkage with 95% intervals (solid: still won; faded: not)</source>
        <translation>Hausse après rétrécissement avec intervalles à 95 % (plein : toujours gagné; estompé : non)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Win rate as measured (p &amp;lt; 0.05, positive lift): %2 of %3 · after shrinkage (95% interval above 0): %4 of %3. Extra conversions the treatments brought in their tests: %5 as measured, %6 after shrinkage (95% interval %7 to %8). The tests&apos; true lifts vary around %9% with a spread (τ) of about %10 on the log scale.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Taux de réussite mesuré (p &amp;lt; 0,05, hausse positive) : %2 sur %3 · après rétrécissement (intervalle à 95 % au-dessus de 0) : %4 sur %3. Conversions supplémentaires apportées par les traitements dans leurs tests : %5 telles que mesurées, %6 après rétrécissement (intervalle à 95 % de %7 à %8). Les hausses réelles des tests varient autour de %9 % avec une dispersion (τ) d&apos;environ %10 sur l&apos;échelle logarithmique.</translation>
    </message>
</context>
<context>
    <name>pvi::LifetimeValuePage</name>
    <message>
        <location filename="../../ui/pages/lifetime_value_page.cpp" line="+68"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fair</source>
        <translation>passable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poor</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not graded</source>
        <translation>sans note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There were no repeat purchases in the %1-week holdout (%2 predicted).</source>
        <translation>Il n&apos;y a eu aucun achat répété dans la période de contrôle de %1 semaines (%2 prédits).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model predicted %1 repeat purchases in the last %2 weeks and %3 happened (%4). Good is within %5%, fair within %6%.</source>
        <translation>Le modèle a prédit %1 achats répétés dans les %2 dernières semaines et il y en a eu %3 (%4). La note est bonne à %5&#xa0;% près, passable à %6&#xa0;% près.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backtest: %1</source>
        <translation>Pas de test rétrospectif : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Backtest grade: %1&lt;/b&gt; — %2 The models were fitted on the orders up to %3 (dotted line) and predicted the %4 weeks after it.</source>
        <translation>&lt;b&gt;Note du test rétrospectif : %1&lt;/b&gt; — %2 Les modèles ont été ajustés sur les commandes jusqu&apos;au %3 (ligne pointillée) et ont prédit les %4 semaines suivantes.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Worth a personal touch: valuable customers slipping away</source>
        <translation>Valent une attention personnelle : des clients précieux qui s&apos;éloignent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fitted parameters</source>
        <translation>Paramètres ajustés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mean churn risk (1 − P(alive)) of each RFM segment&apos;s repeat customers; personalized = exposed by the last order&apos;s day. One-time buyers are left out: the model counts them as active, having no rhythm to judge. A side without repeat customers in a segment shows no bar.</source>
        <translation>Risque d&apos;attrition moyen (1 − P(actif)) des clients réguliers de chaque segment RFM; personnalisé = exposé au jour de la dernière commande. Les clients à achat unique sont exclus : le modèle les compte comme actifs, faute de rythme à évaluer. Un côté sans clients réguliers dans un segment n&apos;affiche pas de barre.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No workspace is open. Use File › New Workspace… or Open…, then import an orders export.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier › Nouvel espace de travail… ou Ouvrir…, puis importez une exportation de commandes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fitting the lifetime-value models…</source>
        <translation>Ajustement des modèles de valeur vie client…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personalized</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn risk by RFM segment</source>
        <translation>Risque d&apos;attrition par segment RFM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>churn risk %</source>
        <translation>risque d&apos;attrition, %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Predicted 12-month CLV (customers per band)</source>
        <translation>CLV prédite sur 12 mois (clients par tranche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mean CLV by RFM segment</source>
        <translation>CLV moyenne par segment RFM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean CLV</source>
        <translation>CLV moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean CLV</source>
        <translation>CLV moyenne</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>As of %1: %2 customers, predicted 12-month CLV %3 in total (mean %4), discounted at 10% a year. %5 valuable customers (top quarter of CLV) have a churn risk of %6% or more.</source>
        <translation>Au %1 : %2 clients, CLV prédite sur 12 mois de %3 au total (moyenne de %4), actualisée à 10 % par année. %5 clients précieux (le quart supérieur de la CLV) ont un risque d&apos;attrition de %6 % ou plus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lifetime value predicted for %1 customers.</source>
        <translation>Valeur vie client prédite pour %1 clients.</translation>
    </message>
</context>
<context>
    <name>pvi::OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview_page.cpp" line="+50"/>
        <source>Not available yet</source>
        <translation>Pas encore disponibles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>† Personalized and generic groups are self-selected (no randomized experiment): a difference is not proof of cause; the tile &quot;Revenue effect, adjusted for selection&quot; and each † tile&apos;s tooltip take out who tends to get personalized. ★ marks a lift with p &lt; 0.05; hover a tile for its formula, n and 95% interval.</source>
        <translation>† Les groupes personnalisé et générique sont autosélectionnés (aucune expérience randomisée) : une différence ne prouve pas la cause; la tuile « Effet sur les revenus, corrigé du biais de sélection » et l&apos;infobulle de chaque tuile † retirent l&apos;effet du choix des clients personnalisés. ★ marque une hausse avec p &lt; 0,05; survolez une tuile pour voir sa formule, son n et son intervalle à 95 %.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No workspace is open. Use File › New Workspace… or Open…, then import an orders export.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier › Nouvel espace de travail… ou Ouvrir…, puis importez une exportation de commandes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing PVIs…</source>
        <translation>Calcul des PVI…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This workspace has no orders yet: drop a Shopify orders export onto the window or use File › Import…</source>
        <translation>Cet espace de travail n&apos;a pas encore de commandes : déposez une exportation de commandes Shopify sur la fenêtre ou utilisez Fichier › Importer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1  ·  compared with %2</source>
        <translation>%1  ·  comparé à %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Web engagement  ·  %1</source>
        <translation>Engagement Web  ·  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web engagement  ·  %1 (the latest analytics report; none lies inside the selected period)</source>
        <translation>Engagement Web  ·  %1 (le rapport d&apos;analytique le plus récent; aucun n&apos;est compris dans la période sélectionnée)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>PVIs computed for %1.</source>
        <translation>PVI calculés pour %1.</translation>
    </message>
</context>
<context>
    <name>pvi::PortfolioModel</name>
    <message>
        <location filename="../../ui/pages/portfolio_model.cpp" line="+61"/>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arm</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift</source>
        <translation>Hausse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrunk lift (95%)</source>
        <translation>Hausse après rétrécissement (95 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p (BH)</source>
        <translation>p (BH)</translation>
    </message>
</context>
<context>
    <name>pvi::PviReason</name>
    <message>
        <location filename="../../model/pvi/email/email_audience.cpp" line="+58"/>
        <source>nobody was on the list before %1: growth has no base</source>
        <translation>personne n&apos;était sur la liste avant le %1 : la croissance n&apos;a pas de base</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>import a Mailchimp or Klaviyo campaign or audience export to see this</source>
        <translation>importez une exportation de campagnes ou d&apos;audience Mailchimp ou Klaviyo pour voir ceci</translation>
    </message>
    <message>
        <location filename="../../model/pvi/email/email_fatigue.cpp" line="+37"/>
        <source>import per-recipient email activity (who was sent, opened and unsubscribed, with dates) to see this</source>
        <translation>importez l&apos;activité courriel par destinataire (qui a reçu, ouvert et s&apos;est désabonné, avec les dates) pour voir ceci</translation>
    </message>
    <message>
        <location filename="../../model/pvi/email/pvi_email.cpp" line="+50"/>
        <source>the campaigns of the period report no successful deliveries</source>
        <translation>les campagnes de la période ne déclarent aucune livraison réussie</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>import per-recipient email activity together with an orders export, or a Klaviyo campaign export with placed orders, to see this</source>
        <translation>importez l&apos;activité courriel par destinataire avec une exportation de commandes, ou une exportation de campagnes Klaviyo avec les commandes passées, pour voir ceci</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no frequency band has significantly lower opens or higher unsubscribes than the least frequent one</source>
        <translation>aucune tranche de fréquence n&apos;a significativement moins d&apos;ouvertures ou plus de désabonnements que la moins fréquente</translation>
    </message>
    <message>
        <location line="+70"/>
        <location filename="../../model/pvi/engine/metrics_engine.cpp" line="+147"/>
        <location filename="../../model/pvi/monitoring/pvi_anomalies.cpp" line="+44"/>
        <location filename="../../model/pvi/orders/pvi_engagement_score.cpp" line="+178"/>
        <location filename="../../model/pvi/orders/pvi_fairness.cpp" line="+153"/>
        <location filename="../../model/pvi/reports/segment_report.cpp" line="+99"/>
        <location filename="../../model/pvi/web/pvi_web.cpp" line="+300"/>
        <source>the period is not a valid date range</source>
        <translation>la période n&apos;est pas une plage de dates valide</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../model/pvi/reports/segment_report.cpp" line="+69"/>
        <location filename="../../model/pvi/web/pvi_web.cpp" line="+13"/>
        <source>the workspace could not be read: %1</source>
        <translation>l&apos;espace de travail n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../../model/pvi/engine/pvi_engine.cpp" line="+152"/>
        <source>the targets could not be read: %1</source>
        <translation>les cibles n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location filename="../../model/pvi/experiments/pvi_experiments.cpp" line="+86"/>
        <source>no A/B test concluded by %1</source>
        <translation>aucun test A/B conclu au plus tard le %1</translation>
    </message>
    <message>
        <location filename="../../model/pvi/lifetime/pvi_predictive.cpp" line="-117"/>
        <source>the lifetime model could not be fitted to these orders (too few customers or repeat purchases)</source>
        <translation>le modèle de valeur vie client n&apos;a pas pu être ajusté à ces commandes (trop peu de clients ou d&apos;achats répétés)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the spend model could not be fitted, so no lifetime value can be compared</source>
        <translation>le modèle de dépense n&apos;a pas pu être ajusté, aucune valeur vie client ne peut donc être comparée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the spend model could not be fitted (too few repeat purchases), so no lifetime value can be predicted</source>
        <translation>le modèle de dépense n&apos;a pas pu être ajusté (trop peu d&apos;achats répétés), aucune valeur vie client ne peut donc être prédite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no customer has bought more than once, and the model cannot tell whether a one-time buyer left</source>
        <translation>aucun client n&apos;a acheté plus d&apos;une fois, et le modèle ne peut pas dire si un acheteur unique est parti</translation>
    </message>
    <message>
        <location filename="../../model/pvi/monitoring/pvi_monitoring.cpp" line="+39"/>
        <source>no customer ordered in the period</source>
        <translation>aucun client n&apos;a commandé dans la période</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>no day of the period has %1 weeks of order history before it</source>
        <translation>aucun jour de la période n&apos;a %1 semaines d&apos;historique de commandes avant lui</translation>
    </message>
    <message>
        <location filename="../../model/pvi/monitoring/pvi_targets.cpp" line="+32"/>
        <source>set a target for a PVI to see this</source>
        <translation>définissez une cible pour un PVI pour voir ceci</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>none of the PVIs with a target has a value in this period</source>
        <translation>aucun des PVI ayant une cible n&apos;a de valeur dans cette période</translation>
    </message>
    <message>
        <location filename="../../model/pvi/orders/pvi_commerce.cpp" line="+91"/>
        <source>the generic orders have no revenue to compare with</source>
        <translation>les commandes génériques n&apos;ont aucun revenu auquel comparer</translation>
    </message>
    <message>
        <location filename="../../model/pvi/orders/pvi_engagement_score.cpp" line="+5"/>
        <source>import orders, email activity, survey responses or touchpoints with customers to see this</source>
        <translation>importez des commandes, de l&apos;activité courriel, des réponses de sondage ou des points de contact avec des clients pour voir ceci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no customer ordered, opened or clicked an email, answered a survey or visited between %1 and %2</source>
        <translation>aucun client n&apos;a commandé, ouvert ou cliqué un courriel, répondu à un sondage ou visité entre le %1 et le %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every engagement weight of the channels with data is 0: set an engagement_weight_* setting above 0</source>
        <translation>chaque poids d&apos;engagement des canaux ayant des données vaut 0 : réglez un paramètre engagement_weight_* au-dessus de 0</translation>
    </message>
    <message>
        <location filename="../../model/pvi/orders/pvi_fairness.cpp" line="+30"/>
        <source>no active customer&apos;s country is known: import orders with billing countries or a customers export</source>
        <translation>le pays d&apos;aucun client actif n&apos;est connu : importez des commandes avec les pays de facturation ou une exportation de clients</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>fewer than two countries or regions with at least %1 active customers (or nobody in them ordered or was personalized)</source>
        <translation>moins de deux pays ou régions avec au moins %1 clients actifs (ou personne n&apos;y a commandé ni été personnalisé)</translation>
    </message>
    <message>
        <location filename="../../model/pvi/orders/pvi_offers.cpp" line="+71"/>
        <source>nobody received a personalized offer in the period: import an e-mail campaign export whose subject names the offer code, with its per-recipient activity, or orders that use an offer code</source>
        <translation>personne n&apos;a reçu d&apos;offre personnalisée dans la période : importez une exportation de campagnes courriel dont l&apos;objet nomme le code d&apos;offre, avec son activité par destinataire, ou des commandes qui utilisent un code d&apos;offre</translation>
    </message>
    <message>
        <location filename="../../model/pvi/orders/pvi_segment_conversion.cpp" line="+79"/>
        <location filename="../../model/pvi/orders/pvi_segments.cpp" line="+141"/>
        <source>no customer had a valid order before the period</source>
        <translation>aucun client n&apos;avait de commande valide avant la période</translation>
    </message>
    <message>
        <location filename="../../model/pvi/reports/segment_report.cpp" line="-61"/>
        <source>no customer with a valid order up to %1 is in a %2</source>
        <translation>aucun client ayant une commande valide jusqu&apos;au %1 n&apos;est dans « %2 »</translation>
    </message>
    <message>
        <location filename="../../model/pvi/surveys/survey_scores.cpp" line="+36"/>
        <source>a group has no answers</source>
        <translation>un groupe n&apos;a aucune réponse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>both groups answered all alike (no variance)</source>
        <translation>les deux groupes ont tous répondu pareil (aucune variance)</translation>
    </message>
    <message>
        <location filename="../../model/pvi/web/pvi_web.cpp" line="-216"/>
        <source>no analytics report lies inside %1 – %2 (a report counts for a period when its whole date range lies inside it)</source>
        <translation>aucun rapport d&apos;analytique ne se situe dans %1 – %2 (un rapport compte pour une période quand toute sa plage de dates s&apos;y trouve)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the reports of the period count no sessions</source>
        <translation>les rapports de la période ne comptent aucune session</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>the generic pages&apos; engagement is 0: no lift can be taken</source>
        <translation>l&apos;engagement des pages génériques vaut 0 : aucune hausse ne peut être calculée</translation>
    </message>
</context>
<context>
    <name>pvi::RoiCostModel</name>
    <message>
        <location filename="../../ui/pages/roi_cost_model.cpp" line="+60"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost in the period</source>
        <translation>Coût dans la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>pvi::RoiLedgerModel</name>
    <message>
        <location filename="../../ui/pages/roi_ledger_model.cpp" line="+70"/>
        <source>Selected period</source>
        <translation>Période sélectionnée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalization cost</source>
        <translation>Coût de personnalisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers reached</source>
        <translation>Clients atteints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per customer</source>
        <translation>Coût par client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incremental revenue</source>
        <translation>Revenus additionnels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROI</source>
        <translation>RCI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payback</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acquisition cost</source>
        <translation>Coût d&apos;acquisition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
</context>
<context>
    <name>pvi::RoiPage</name>
    <message>
        <location filename="../../ui/pages/roi_page.cpp" line="+90"/>
        <source>The headline figures then scale the matched difference per personalized customer to the period&apos;s reached customers and days, instead of comparing the self-selected groups.</source>
        <translation>Les chiffres principaux rapportent alors la différence appariée par client personnalisé aux clients atteints et aux jours de la période, au lieu de comparer les groupes autosélectionnés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incremental revenue, ROI and payback then use it instead of the comparison of self-selected groups.</source>
        <translation>Les revenus additionnels, le RCI et le délai de récupération l’utilisent alors au lieu de comparer des groupes qui se sont sélectionnés eux-mêmes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ledger by month</source>
        <translation>Registre par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs of the period by channel and category</source>
        <translation>Coûts de la période par canal et par catégorie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incremental revenue, adjusted for selection</source>
        <translation>Revenus additionnels, corrigés du biais de sélection</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No workspace is open. Use File › New Workspace… or Open…, then import orders and a costs CSV.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier › Nouvel espace de travail… ou Ouvrir…, puis importez des commandes et un fichier CSV de coûts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Computing the personalization ledger…</source>
        <translation>Calcul du registre de la personnalisation…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The personalization ledger is not available.</source>
        <translation>Le registre de la personnalisation n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · gross margin %2% (setting gross_margin) · costs prorated by the days they share with each period. Incremental revenue compares customers reached by personalization with the others: the groups are self-selected, so it is an estimate, not proof (the section below takes the selection out).%3</source>
        <translation>%1 · marge brute de %2 % (paramètre gross_margin) · coûts répartis au prorata des jours qu&apos;ils partagent avec chaque période. Les revenus additionnels comparent les clients atteints par la personnalisation aux autres : les groupes sont autosélectionnés, c&apos;est donc une estimation, pas une preuve (la section ci-dessous retire l&apos;effet de sélection).%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> Missing figures: %1.</source>
        <translation> Chiffres manquants : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalization ledger computed for %1.</source>
        <translation>Registre de la personnalisation calculé pour %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No adjusted estimate for this period.</source>
        <translation>Aucune estimation corrigée pour cette période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adjusted estimate: %1.</source>
        <translation>Aucune estimation corrigée : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; (95%: %3 to %4)</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; (95 % : %3 à %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Per personalized customer over %1 days · %2 · %3 · %4</source>
        <translation>Par client personnalisé sur %1 jours · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>raw comparison</source>
        <translation>comparaison brute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched</source>
        <translation>appariés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difference in differences</source>
        <translation>différence des différences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 customers first personalized in the year to %3 matched with a look-alike who ordered generically within 14 days; %4. The balance table: `pvi effect`.</source>
        <translation>%1 des %2 clients personnalisés pour la première fois dans l&apos;année se terminant le %3 ont été appariés à un sosie ayant commandé sans personnalisation à 14 jours près; %4. La table d&apos;équilibre : `pvi effect`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every covariate balanced within 0.1 SD</source>
        <translation>chaque covariable équilibrée à 0,1 écart-type près</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some covariates still differ by more than 0.1 SD</source>
        <translation>certaines covariables diffèrent encore de plus de 0,1 écart-type</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>95%: %1 to %2</source>
        <translation>95 % : %1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no interval (too few customers)</source>
        <translation>aucun intervalle (trop peu de clients)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, adjusted for selection</source>
        <translation>, corrigé du biais de sélection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>other costs %1</source>
        <translation>autres coûts %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers reached</source>
        <translation>%1 clients atteints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(incremental × margin − cost) / cost</source>
        <translation>(additionnel × marge − coût) / coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost / monthly incremental gross profit</source>
        <translation>coût / marge brute additionnelle mensuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of acquisition cost, %2 new customers</source>
        <translation>%1 de coût d&apos;acquisition, %2 nouveaux clients</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalization cost vs incremental revenue by month</source>
        <translation>Coût de personnalisation et revenus additionnels par mois</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+235"/>
        <source>Personalization cost</source>
        <translation>Coût de personnalisation</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Cost per reached customer</source>
        <translation>Coût par client atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+234"/>
        <source>Incremental revenue</source>
        <translation>Revenus additionnels</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>ROI</source>
        <translation>RCI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer acquisition cost</source>
        <translation>Coût d&apos;acquisition client</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use the adjusted estimate</source>
        <translation>Utiliser l’estimation corrigée</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Incremental revenue by month, 95% interval</source>
        <translation>Revenus additionnels par mois, intervalle à 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (dot: estimate, bar: 95% interval)</source>
        <translation>%1 (point : estimation, barre : intervalle à 95 %)</translation>
    </message>
</context>
<context>
    <name>pvi::SegmentTableModel</name>
    <message>
        <location filename="../../ui/pages/segment_table_model.cpp" line="+26"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customers active at the start</source>
        <translation>clients actifs au début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customers who ordered in the period</source>
        <translation>clients ayant commandé dans la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customers who ordered in the 12 months</source>
        <translation>clients ayant commandé dans les 12 mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers
(P)</source>
        <translation>Clients
(P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers
(G)</source>
        <translation>Clients
(G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention
(P)</source>
        <translation>Fidélisation
(P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention
(G)</source>
        <translation>Fidélisation
(G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat
rate</source>
        <translation>Taux de
réachat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat
rate (P)</source>
        <translation>Taux de
réachat (P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat
rate (G)</source>
        <translation>Taux de
réachat (G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue per
customer</source>
        <translation>Revenus par
client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue per
customer (P)</source>
        <translation>Revenus par
client (P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue per
customer (G)</source>
        <translation>Revenus par
client (G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AOV</source>
        <translation>Panier
moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AOV
(P)</source>
        <translation>Panier
moyen (P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AOV
(G)</source>
        <translation>Panier
moyen (G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLV
(P)</source>
        <translation>CLV
(P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLV
(G)</source>
        <translation>CLV
(G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The segment on the period&apos;s last day</source>
        <translation>Le segment le dernier jour de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The segment&apos;s share of the customers with a segment on the period&apos;s last day</source>
        <translation>La part du segment parmi les clients ayant un segment le dernier jour de la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers in the segment the day before the period</source>
        <translation>Clients du segment la veille de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segment_growth_rate: (customers at the end − at the start) / at the start</source>
        <translation>segment_growth_rate : (clients à la fin − au début) / au début</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers in the segment on the period&apos;s last day</source>
        <translation>Clients du segment le dernier jour de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segment_retention_rate: of the segment&apos;s customers active the day before the period, the share active on its last day (reactivated customers count)</source>
        <translation>segment_retention_rate : parmi les clients du segment actifs la veille de la période, la part active son dernier jour (les clients réactivés comptent)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeat_purchase_rate: of the segment&apos;s customers who ordered in the period, the share with more than one valid order up to its end</source>
        <translation>repeat_purchase_rate : parmi les clients du segment ayant commandé dans la période, la part ayant plus d&apos;une commande valide jusqu&apos;à sa fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revenue_per_customer: the period&apos;s net revenue of the segment&apos;s customers / those who ordered</source>
        <translation>revenue_per_customer : revenus nets de la période des clients du segment / ceux qui ont commandé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>average_order_value: net revenue / valid orders of the segment&apos;s customers in the period</source>
        <translation>average_order_value : revenus nets / commandes valides des clients du segment dans la période</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>clv_by_segment: AOV × purchase frequency × lifespan of the segment&apos;s customers, from the 12 months ending with the period</source>
        <translation>clv_by_segment : panier moyen × fréquence d&apos;achat × durée de vie des clients du segment, sur les 12 mois se terminant avec la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — personalized customers (exposed by the period&apos;s end)</source>
        <translation> — clients personnalisés (exposés à la fin de la période)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — generic customers</source>
        <translation> — clients génériques</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 customers at the start, %2 at the end of the period</source>
        <translation>%1 clients au début, %2 à la fin de la période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>over %1 %2</source>
        <translation>sur %1 %2</translation>
    </message>
</context>
<context>
    <name>pvi::SegmentsPage</name>
    <message>
        <location filename="../../ui/pages/segments_page.cpp" line="+42"/>
        <source>(P) personalized · (G) generic</source>
        <translation>(P) personnalisés · (G) génériques</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+197"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Personalized vs generic</source>
        <translation>Personnalisés et génériques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All, personalized and generic</source>
        <translation>Tous, personnalisés et génériques</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+37"/>
        <source>Segments of the period</source>
        <translation>Segments de la période</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment by:</source>
        <translation>Segmenter par :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No workspace is open. Use File › New Workspace… or Open…, then import an orders export.</source>
        <translation>Aucun espace de travail n&apos;est ouvert. Utilisez Fichier › Nouvel espace de travail… ou Ouvrir…, puis importez une exportation de commandes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Computing the segments…</source>
        <translation>Calcul des segments…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This workspace has no orders yet: drop a Shopify orders export onto the window or use File › Import…</source>
        <translation>Cet espace de travail n&apos;a pas encore de commandes : déposez une exportation de commandes Shopify sur la fenêtre ou utilisez Fichier › Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available — %1.</source>
        <translation>Non disponible — %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Segments are not available.</source>
        <translation>Les segments ne sont pas disponibles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Customers, share, repeat rate, revenue per customer and AOV use the segments on %1 (the period&apos;s last day); growth and retention compare with the segments of %2: retention = of a segment&apos;s customers active then, the share still active on %1 (a reactivated customer counts, so it can exceed what churn suggests). CLV = AOV × purchase frequency × lifespan from the 12 months ending %1. — means no value: most often none of the segment&apos;s customers ordered in the period. Hover a cell for its n, a heading for its formula.</source>
        <translation> Les clients, la part, le taux de réachat, les revenus par client et le panier moyen utilisent les segments au %1 (le dernier jour de la période); la croissance et la fidélisation comparent avec les segments du %2 : fidélisation = parmi les clients d&apos;un segment actifs à ce moment-là, la part toujours active le %1 (un client réactivé compte, elle peut donc dépasser ce que suggère l&apos;attrition). CLV = panier moyen × fréquence d&apos;achat × durée de vie, sur les 12 mois se terminant le %1. — signifie aucune valeur : le plus souvent, aucun client du segment n&apos;a commandé dans la période. Survolez une cellule pour voir son n, un en-tête pour voir sa formule.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Personalized = exposed by the period&apos;s end (AOV: personalized orders); the groups are self-selected, so a difference is not proof of cause.</source>
        <translation> Personnalisé = exposé à la fin de la période (panier moyen : commandes personnalisées); les groupes sont autosélectionnés, une différence ne prouve donc pas la cause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Not split personalized vs generic: %1.</source>
        <translation> Pas de répartition personnalisé/générique : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segments computed for %2, by %1.</source>
        <translation>Segments calculés pour %2, par %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Segments are RFM scores (quintiles of recency, frequency and money spent over every valid order up to the day) mapped to eleven named groups (on its last day, recent buyers are in the top recency segments).</source>
        <translation>Les segments sont des scores RFM (quintiles de récence, de fréquence et de montant dépensé sur toutes les commandes valides jusqu&apos;au jour donné) associés à onze groupes nommés (le dernier jour, les acheteurs récents sont dans les segments de récence les plus élevés).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The segment is the customers the saved rule matches on the day (spend, orders and RFM scores as of that day); Others are the rest.</source>
        <translation>Le segment regroupe les clients auxquels la règle enregistrée correspond ce jour-là (dépenses, commandes et scores RFM à cette date); « Others » regroupe les autres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segments are the customers&apos; %1 (customers with a valid order by the day); a customer in two segments counts in each, and shares are of the customers in at least one.</source>
        <translation>Les segments sont les %1 des clients (clients ayant une commande valide à cette date); un client présent dans deux segments compte dans chacun, et les parts sont calculées sur les clients présents dans au moins un segment.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>Customers per segment on %1</source>
        <translation>Clients par segment au %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Personalized</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Customers per segment: start vs end of the period</source>
        <translation>Clients par segment : début et fin de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>On %1</source>
        <translation>Au %1</translation>
    </message>
</context>
</TS>
