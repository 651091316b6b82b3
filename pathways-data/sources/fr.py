"""France: curated records, one dict per record (issue 12). Generate with:
python3 pathways-data/sources/fr.py > pathways-data/demo/fr.json

Every fact was read with the search tool (stored copies of public pages) on 2026-12-01.
A `real` source carries the exact French sentence(s) it rests on in `quote`.
Access routes (DAEU, VAPP, bac pro mention, IFSI continuing-education route, licence professionnelle
after a bac+2) are entry conditions of the offers; recognition rules (credit / advanced entry) are in `rules`.
"""
import json

R = "2026-12-01"
FEE_L_2526 = 178   # droits d'inscription licence / licence pro / BUT, 2025-2026 (per year)
FEE_M_2526 = 254   # droits d'inscription master, 2025-2026 (per year)

# ---------------------------------------------------------------- source URLs (complete, as the search tool gave them)
URL_FEES = "https://fde.umontpellier.fr/faq-items/a-combien-selevent-les-droits-dinscription-et-qui-peut-en-etre-exonere/"
URL_VAE_C2RP = "https://www.c2rp.fr/index.php/dossier/publics-et-conditions"
URL_VAE_JURY = "https://vae.gouv.fr/savoir-plus/articles/comment-se-deroule-un-jury-vae"
URL_VAE_CINFFO = "http://vae.centre-inffo.fr/vous-etes-un-professionnel-de-la-vae/vous-etes-accompagnateur/informations-pratiques/foire-aux-questions-faq/vous-etes-un-particulier/l-evaluation-finale/l-evaluation-finale.html"
URL_VAE_REGIONSUD = "https://www.orientation-regionsud.fr/Contenu/vae-jury-regionsud"
URL_LP_ARRETE = "https://legal.tricoteuses.fr/articles/JORFARTI000039481578"
URL_BTS_ROSTAND = "https://dossier.parcoursup.fr/Candidats/public/fiches/afficherFicheFormation?g_ta_cod=2826"
URL_BTS_HEMINGWAY = "https://dossier.parcoursup.fr/Candidats/public/fiches/afficherFicheFormation?g_ta_cod=3955"
URL_BTS_TOURELLES = "https://dossier.parcoursup.fr/Candidats/public/fiches/afficherFicheFormation?g_ta_cod=9639"
URL_BTS_ECTS = "https://www.letudiant.fr/etudes/fac/la-fac-apres-un-bac-technologique-vos-questions-nos-reponses-14634/luniversite-apres-un-bac-techno-comment-fonctionnent-les-equivalences-16131.html"
URL_BTS_BLOCS = "https://centre-inffo.fr/site-droit-formation/actualites-droit/reconnaissance-de-l-acquisition-des-blocs-de-competences-du-bts"
URL_BACPRO_DROIT = "http://questions.assemblee-nationale.fr/q13/13-69425QE.htm"
URL_AGORA = "https://www.francecompetences.fr/recherche/rncp/40705"
URL_DAEU_LORRAINE = "https://fst.univ-lorraine.fr/admission/inscription-daeu"
URL_DAEU_UM = "https://formations-en.umontpellier.fr/fr/formations/diplome-d-acces-aux-etudes-universitaires-daeu-DAEU/daeu-b-diplome-d-acces-aux-etudes-universitaires-option-sciences-montpellier-beziers-nimes-ganges-lodeve-IJBJ0FGA.html"
URL_DAEU_TLSE2 = "https://www.univ-tlse2.fr/daeu-option-a-diplome-d-acces-aux-etudes-universitaires--122157.kjsp"
URL_VAPP_UNICAEN = "https://formation-pro.unicaen.fr/vous-former/validation-des-acquis/validation-des-acquis-professionnels-et-personnels-vapp"
URL_VAPP_METZ = "https://www.iut-metz.univ-lorraine.fr/index.php/les-formations/la-vae?showall=&start=2"
URL_CNAM_LIC = "http://deptinfo.cnam.fr/new/spip.php?page=text_article&id_article=124"
URL_CNAM_LIC_L3 = "https://intercariforef.org/certification/46310/printable/customprint"
URL_CNAM_EXP = "https://cnam-nouvelle-aquitaine.fr/page-site,validation-des-credits-professionnels,54"
URL_CNAM_NFA032 = "https://cnam-idf.fr/unites/programmation-java-programmation-objet-nfa032"
URL_LYON1_LIC = "http://offre-de-formations.univ-lyon1.fr/parcours-1224/informatique-et-mathematiques.html"
URL_LETUDIANT_L3 = "http://letudiant.fr/etudes/fac/apres-un-bac-2-poursuivre-en-licence-generale.html"
URL_BUT_TROYES = "https://livret-accueil.iut-troyes.univ-reims.fr/books/systeme-de-notation-en-geii/page/validation-des-unites-denseignements-du-but/export/markdown"
URL_BUT_DUT = "https://etudes-superieures.pagesjaunes.fr/astuce/voir/751821/diplome-universitaire-technologique-dut"
URL_UBS_MASTER = "https://www-maths-stat.univ-ubs.fr/master-DSMS/faq.shtml"
URL_MASTER_ECTS = "https://www.anfh.fr/actualites/reforme-des-diplomes-nationaux-de-licence-licence-professionnelle-et-master"
URL_IFSI_PROVINS = "https://www.ifsi-ifasprovins.fr/infirmiere/"
URL_IFSI_ECTS = "https://www.devenir-infirmiere.fr/formation.php"
URL_APPR_GRATUIT = "https://www.maitredata.com/app/code/travail/l6211-1"
URL_INSA_ART7 = "https://legal.tricoteuses.fr/articles/JORFARTI000032286859"
URL_INSA_CTI = "http://doczz.fr/doc/455161/insalyon_avis_20141001---commission-des-titres-d-ing%C3%A9nieur"
URL_INSA_ECTS = "http://www.insa-lyon.fr/en/formation/offre-de-formation2/g/d/m?y=3&s=2&p=726"
URL_INSA_FEE_2012 = "http://www.insa-lyon.fr/es/tarifas-de-escolaridad"
URL_CLEA_AKTO = "https://www.akto.fr/repondre-aux-evolutions-de-mon-entreprise-grace-aux-certifications/certifications/clea"
URL_CLEA_CAP = "https://pro.cap-metiers.fr/info_juridique/certificats-clea-clea-numerique-et-clea-management"
URL_CLEA_NUM = "https://www.paritarisme-emploi-formation.fr/actualites/article/le-certificat-clea-numerique-prend-forme"
URL_CLEA_NA = "https://pro.cap-metiers.fr/info_juridique/aide-individuelle-a-la-certification-clea"
URL_NIEPCE_APP = "http://www.cite-niepce-balleure.fr/formations/etudes-post-bac/bts-ciel/les-modalites-de-l-apprentissage/"
URL_BTS_CIEL_ARR = "https://legal.tricoteuses.fr/articles/JORFARTI000047226096"
URL_INFOJEUNES_BUT = "https://jeunes01.info-jeunes.fr/le-remplace-le-dut-partir-de-2021"
URL_CNAM_DPCT = "https://fdocuments.fr/document/diplome-dingenieur-cnam-resoo-les-connaissances-scienti-ques-et-techniques.html"
URL_ECTS_60 = "http://www.cofares.net/2011/03/ects-principes-generaux-dutilisation.html"

# ---------------------------------------------------------------- shared sources
SRC_FEES = {
    "reference": "Université de Montpellier (FDE), FAQ : montant des droits d'inscription 2025-2026 (arrêté ministériel annuel)",
    "url": URL_FEES, "certainty": "real", "retrieved": R,
    "quote": "Le montant des droits d’inscription 2025-2026 pour une année de licence est de 178 euros, et pour une année de master 254 euros. A ces montants s’ajoute le coût de la CVEC (de 105 euros pour l’année 2025-2026).",
    "legal_basis": "Arrêté annuel fixant les droits d'inscription dans les établissements publics d'enseignement supérieur (Code de l'éducation, art. L719-4)",
}
SRC_VAE_NOMIN = {
    "reference": "C2RP (Carif-Oref Hauts-de-France), dossier VAE : publics et conditions",
    "url": URL_VAE_C2RP, "certainty": "real", "retrieved": R,
    "quote": "La loi du 21 décembre 2022 instaure un accès universel à la VAE. Elle est désormais accessible à toute personne justifiant d’une « activité en rapport direct avec le contenu de la certification visée ». … Depuis la loi du 21 décembre 2022, la durée minimum de 1 607 heures requise est supprimée … Autre condition : la certification doit être inscrite au RNCP, le Répertoire national des certifications professionnelles.",
    "legal_basis": "Loi n° 2022-1598 du 21 décembre 2022 (art. 10), Code de l'éducation L335-5 modifié ; décret n° 2023-1275 du 27 décembre 2023",
}
SRC_VAE_JURY = {
    "reference": "Centre Inffo, portail VAE : l'évaluation finale (décisions du jury)",
    "url": URL_VAE_CINFFO, "certainty": "real", "retrieved": R,
    "quote": "- Validation totale : vous obtenez intégralement la certification. La décision vous est notifiée. - Validation partielle : vous obtenez une partie de la certification. Elle est acquise définitivement.",
    "legal_basis": "Code de l'éducation L335-5, L335-6, R335-9",
}
SRC_LP = {
    "reference": "Arrêté du 6 décembre 2019 portant réforme de la licence professionnelle, article 5",
    "url": URL_LP_ARRETE, "certainty": "real", "retrieved": R,
    "quote": "- pour les autres parcours, d'un nombre de crédits européens validés dans le cadre d'une formation de premier cycle de l'enseignement supérieur et compris entre 30 et 120 ou de l'une des validations prévues aux articles L. 613-3, L. 613-4 et L. 613-5 du code de l'éducation. … les universités doivent prévoir les dispositifs pédagogiques, les passerelles et les enseignements d'adaptation nécessaires à l'accueil : … des étudiants titulaires d'un BTS, d'un BTSA ou d'un diplôme de niveau 5 enregistré au répertoire national des certifications professionnelles.",
    "legal_basis": "Arrêté du 6 décembre 2019 (NOR ESRS1933000A), art. 5",
}
SRC_BTS_ECTS = {
    "reference": "L'Etudiant (extrait du guide « Que faire avec un bac technologique ? », B. Magliulo) : équivalences pour les BTS et DUT",
    "url": URL_BTS_ECTS, "certainty": "real", "retrieved": R,
    "quote": "Les études dispensées en IUT ou en STS sont découpées en quatre semestres successifs, avec octroi de 30 ECTS à tout étudiant qui parvient à valider un semestre. Résultat, au bout du parcours, si on se dote du DUT ou du BTS, on est automatiquement crédité de 120 ECTS (30 x 4).",
}
SRC_CNAM_L3 = {
    "reference": "Cnam, département informatique : votre scolarité en licence (conditions d'accès au niveau L3)",
    "url": URL_CNAM_LIC, "certainty": "real", "retrieved": R,
    "quote": "Une admission en L3 est également possible selon une des trois conditions suivantes : être titulaire d’un diplôme de DUT informatique, BTS informatique de gestion, DPCT informatique, titre RNCP analyste programmeur ou d’un diplôme informatique de niveau III qui dispense des niveaux L1 et L2.",
    "legal_basis": "Règlement de la licence informatique du Cnam",
}
SRC_L3_NOT_AUTO = {
    "reference": "L'Etudiant, « Après un bac+2 : poursuivre en licence générale » (10 février 2016; président de l'université de Cergy-Pontoise)",
    "url": URL_LETUDIANT_L3, "certainty": "real", "retrieved": R,
    "quote": "Pour s'inscrire en licence générale, aucune équivalence n'est automatique. Un bon dossier sera indispensable. … \"L'université étudie leurs dossiers et regarde si la discipline choisie est cohérente avec le DUT obtenu. Si ce n'est pas le cas, nous proposons parfois de reprendre à partir d'une licence 2, voire d'une licence 1\"",
    "legal_basis": "Code de l'éducation D613-38 s. (validation des études pour l'accès) ; décision de la commission pédagogique de l'université",
}

SRC_INSA_Y3 = {
    "reference": "Arrêté du 3 mars 2016 fixant les règles communes d'admission et de scolarité dans les INSA, article 7 (admission directe en troisième année)",
    "url": URL_INSA_ART7, "certainty": "real", "retrieved": R,
    "quote": "L'admission directe en troisième année du cursus d'élève ingénieur est ouverte aux candidats préparant ou justifiant : - soit du baccalauréat ou d'un titre admis en équivalence et d'un diplôme universitaire de technologie ou d'un brevet de technicien supérieur figurant sur une liste établie par chaque institut national des sciences appliquées concerné, sur proposition du jury commun d'admission mentionné à l'article 9. Cette liste précise, pour chacun de ces diplômes, la ou les spécialités dans lesquelles le diplôme d'ingénieur peut être postulé ; … - soit du baccalauréat ou d'un titre admis en équivalence et justifiant de la validation d'un parcours de licence à hauteur de 120 crédits ECTS minimum, dans les champs disciplinaires scientifiques et technologiques (hors études de santé) ;",
    "legal_basis": "Arrêté du 3 mars 2016 (JORF n°0071 du 24 mars 2016), art. 7 ; Code de l'éducation R751-7",
}
SRC_BUT_S5 = {
    "reference": "Info Jeunes Ain : « Le BUT remplace le DUT à partir de 2021 » (passerelles d'entrée en BUT)",
    "url": URL_INFOJEUNES_BUT, "certainty": "real", "retrieved": R,
    "quote": "Le diplôme intermédiaire du DUT sera délivré automatiquement après validation de 120 ECTS, et, au bout de 3 ans, les étudiants obtiendront le BUT en validant 60 ECTS supplémentaires. Passerelles et poursuites d’études Le BUT devrait offrir un certain nombre de passerelles pour entrer et sortir du cursus à différents niveaux de semestres. • L'entrée en BUT en S2, S3 et S5 notamment après un BTS.",
    "legal_basis": "Arrêté du 6 décembre 2019 portant réforme de la licence professionnelle (BUT) ; décision de l'IUT (jury d'admission)",
}
SRC_INSA_LYON = {
    "reference": "Commission des titres d'ingénieur, avis n° 2014/10-01 relatif à l'accréditation de l'INSA Lyon (structure du cursus et spécialités)",
    "url": URL_INSA_CTI, "certainty": "real", "retrieved": R,
    "quote": "renouvellement, à compter du 1er septembre 2015, de l'habilitation de l’INSA de Lyon à délivrer le titre d'ingénieur diplômé dans 9 domaines de spécialité (\"biosciences\", \"génie énergétique et environnement\", \"génie industriel\", \"informatique\", \"sciences et génie des matériaux\", \"génie civil et urbanisme\", \"génie électrique\", \"génie mécanique \" et \"télécommunications\") … La formation à l'INSA de Lyon dure cinq ans : 2 années de premier cycle (7 filières parallèles, dont 4 internationales) 3 années de cycle ingénieur, préparant à 9 spécialités",
    "legal_basis": "Code de l'éducation L642-1 et R642-9 (accréditation CTI)",
}
UNKNOWN_FEE_INGE = {"en": "The annual national fee for the engineering diploma is set each year by ministerial arrêté; the stored pages only give older years (INSA Lyon: 596 EUR in 2012/13) and no 2025/26 figure from an official page, so the cost is left out. Apprentices and grant holders pay no fee.",
                    "fr": "Les droits annuels du diplôme d'ingénieur sont fixés chaque année par arrêté ; les pages consultées ne donnent que des années anciennes (INSA Lyon : 596 € en 2012-2013), aucun montant 2025-2026 de source officielle."}

# ---------------------------------------------------------------- providers
providers = [
    {"id": "fr-lycee-rostand-caen", "name": {"fr": "Lycée Jean Rostand (Caen)", "en": "Lycée Jean Rostand, Caen (public upper-secondary school with BTS sections)"},
     "country": "FR", "nuts": "FRD11"},
    {"id": "fr-lycee-hemingway-nimes", "name": {"fr": "Lycée Hemingway - De La Camargue (Nîmes)", "en": "Lycée Hemingway - De La Camargue, Nîmes"},
     "country": "FR", "nuts": "FRJ12"},
    {"id": "fr-lycee-tourelles-rouen", "name": {"fr": "Lycée Les Tourelles (Rouen), établissement privé sous contrat", "en": "Lycée Les Tourelles, Rouen (private school under contract with the State)"},
     "country": "FR", "nuts": "FRD22"},
    {"id": "fr-france-vae", "name": {"fr": "France VAE – service public de la validation des acquis de l'expérience", "en": "France VAE – public service for the validation of prior experience"},
     "country": "FR", "url": "https://vae.gouv.fr"},
    {"id": "fr-umontpellier", "name": {"fr": "Université de Montpellier (Service commun de la formation continue)", "en": "University of Montpellier (continuing education service)"},
     "country": "FR", "nuts": "FRJ13", "url": "https://www.umontpellier.fr"},
    {"id": "fr-univ-tlse2", "name": {"fr": "Université Toulouse - Jean Jaurès", "en": "University of Toulouse - Jean Jaurès"},
     "country": "FR", "nuts": "FRJ23", "url": "https://www.univ-tlse2.fr"},
    {"id": "fr-unicaen", "name": {"fr": "Université de Caen Normandie (formation continue)", "en": "University of Caen Normandy (continuing education)"},
     "country": "FR", "nuts": "FRD11", "url": "https://formation-pro.unicaen.fr"},
    {"id": "fr-cnam", "name": {"fr": "Conservatoire national des arts et métiers (Cnam)", "en": "Conservatoire national des arts et métiers (Cnam)"},
     "country": "FR", "nuts": "FR101", "url": "https://www.cnam.fr"},
    {"id": "fr-lyon1", "name": {"fr": "Université Claude Bernard Lyon 1", "en": "Claude Bernard University Lyon 1"},
     "country": "FR", "nuts": "FRK26", "url": "https://www.univ-lyon1.fr"},
    {"id": "fr-iut-troyes", "name": {"fr": "IUT de Troyes (Université de Reims Champagne-Ardenne)", "en": "IUT Troyes (University of Reims Champagne-Ardenne)"},
     "country": "FR", "nuts": "FRF22", "url": "https://www.iut-troyes.univ-reims.fr"},
    {"id": "fr-ubs", "name": {"fr": "Université Bretagne Sud", "en": "University of South Brittany (Université Bretagne Sud)"},
     "country": "FR", "nuts": "FRH04", "url": "https://www.univ-ubs.fr"},
    {"id": "fr-ifsi-provins", "name": {"fr": "IFSI-IFAS de Provins (Centre hospitalier de Provins)", "en": "Nursing school IFSI-IFAS Provins"},
     "country": "FR", "nuts": "FR102", "url": "https://www.ifsi-ifasprovins.fr"},
    {"id": "fr-insa-lyon", "name": {"fr": "Institut national des sciences appliquées de Lyon (INSA Lyon)", "en": "INSA Lyon (National Institute of Applied Sciences, engineering school)"},
     "country": "FR", "nuts": "FRK26", "url": "https://www.insa-lyon.fr"},
    {"id": "fr-certifpro", "name": {"fr": "Certif'Pro – association nationale pour la certification paritaire interprofessionnelle (certificats CléA)", "en": "Certif'Pro – national joint cross-industry certification body (CléA certificates)"},
     "country": "FR", "url": "https://certificat-clea.fr"},
    {"id": "fr-cite-niepce", "name": {"fr": "Cité scolaire Niépce-Balleure (Chalon-sur-Saône), section BTS en apprentissage avec le CFA de l'Éducation nationale", "en": "Cité scolaire Niépce-Balleure, Chalon-sur-Saône (BTS by apprenticeship with the Education nationale CFA)"},
     "country": "FR", "nuts": "FRC13", "url": "http://www.cite-niepce-balleure.fr"},
    {"id": "fr-universite-lp", "name": {"fr": "Université publique (licence professionnelle ; établissement non précisé)", "en": "A French public university (licence professionnelle; institution not specified)"},
     "country": "FR"},
]

# ---------------------------------------------------------------- declared credentials (no offer in this file awards them)
credentials = [
    {"id": "fr-bac", "title": {"fr": "Baccalauréat (général, technologique ou professionnel)", "en": "Baccalauréat (general, technological or vocational)"}, "eqf": 4, "country": "FR"},
    {"id": "fr-bacpro-agora", "title": {"fr": "Baccalauréat professionnel Assistance à la gestion des organisations et de leurs activités (AGOrA)", "en": "Vocational baccalaureate: Assistance in the management of organisations and their activities (AGOrA)"},
     "eqf": 4, "field": "0415", "country": "FR"},
    {"id": "fr-daeu", "title": {"fr": "Diplôme d'accès aux études universitaires (DAEU)", "en": "University access diploma (DAEU)"}, "eqf": 4, "country": "FR"},
    {"id": "fr-dut-geii", "title": {"fr": "Diplôme universitaire de technologie (DUT) Génie électrique et informatique industrielle", "en": "DUT in electrical engineering and industrial computing"}, "eqf": 5, "field": "0714", "country": "FR"},
    {"id": "fr-titre-analyste-programmeur", "title": {"fr": "Titre RNCP « analyste programmeur » (niveau III, aujourd'hui niveau 5)", "en": "RNCP title 'analyst programmer' (former level III, now level 5)"}, "eqf": 5, "field": "0613", "country": "FR"},
    {"id": "fr-dpct-info", "title": {"fr": "Diplôme de premier cycle technique (DPCT) en informatique du Cnam (niveau III, aujourd'hui niveau 5)", "en": "Cnam first-cycle technical diploma (DPCT) in computing (former level III, now level 5)"}, "eqf": 5, "field": "0613", "country": "FR"},
    {"id": "fr-dut-info", "title": {"fr": "Diplôme universitaire de technologie (DUT) Informatique", "en": "University diploma of technology (DUT) in computing"}, "eqf": 5, "field": "0613", "country": "FR"},
]

ENTRY_BTS = {"type": "any_of", "any": [
    {"type": "credential", "credential": "fr-bac"},
    {"type": "credential", "credential": "fr-daeu"},
    {"type": "level", "min_eqf": 4, "country": "FR"},
]}
ENTRY_LICENCE = {"type": "any_of", "any": [
    {"type": "credential", "credential": "fr-bac"},
    {"type": "credential", "credential": "fr-daeu"},
    {"type": "level", "min_eqf": 5, "country": "FR"},
    {"type": "credential", "credential": "fr-vapp-unicaen"},
]}
ENTRY_LP = {"type": "any_of", "any": [
    {"type": "level", "min_eqf": 5, "country": "FR"},
    {"type": "credential", "credential": "fr-vapp-unicaen"},
]}

NOTE_FEES = {"en": "National registration fee 2025/26: 178 EUR per year of licence / licence professionnelle / BUT, 254 EUR per year of master, plus the CVEC (105 EUR in 2025/26, not included). Grant holders (boursiers) are exempt.",
             "fr": "Droits nationaux 2025-2026 : 178 € par année de licence / LP / BUT, 254 € par année de master, plus la CVEC (105 €, non incluse). Boursiers exonérés."}

# ---------------------------------------------------------------- offers
offers = [
    {
        "id": "fr-bts-0613",
        "title": {"fr": "BTS Services informatiques aux organisations (SIO), option B Solutions logicielles et applications métiers (SLAM)",
                  "en": "BTS IT services for organisations (SIO), option B software solutions and business applications (SLAM)"},
        "description": {"fr": "Deux ans ; premier semestre commun, choix de l'option (développeur ou administrateur) au 2e semestre ; stages de 5 et 7 semaines.",
                        "en": "Two years; common first semester, choice of option (developer or administrator) in semester 2; placements of 5 and 7 weeks."},
        "kind": "short_cycle_he", "provider": "fr-lycee-rostand-caen", "eqf": 5,
        "national_level": {"framework": "CNCP", "level": "5"},
        "credits": {"value": 120, "system": "ects"}, "duration_months": 24,
        "modes": ["full_time"], "languages": ["fr"], "field": "0613",
        "cost": {"amount": 0, "currency": "EUR", "academic_year": "2026/27"},
        "awards": "fr-bts-0613", "entry": ENTRY_BTS, "years": 2, "starts": ["--09-01"],
        "url": URL_BTS_ROSTAND,
        "note": {"en": "Public lycée: no tuition fee ('Aucun frais' on the Parcoursup page, admissions 2026). 120 ECTS: 4 semesters × 30 ECTS (L'Etudiant). Selective (file examined by the teaching team).",
                 "fr": "Lycée public : aucun frais (fiche Parcoursup 2026). 120 ECTS = 4 semestres × 30 ECTS. Formation sélective."},
        "source": {"reference": "Parcoursup, fiche formation : Lycée Jean Rostand (Caen), BTS Services informatiques aux organisations (35 places en 2026)",
                   "url": URL_BTS_ROSTAND, "certainty": "real", "retrieved": R,
                   "quote": "L'orientation vers l'option développeur ou administrateur est effectuée au 2ème semestre avec une spécialisation progressive des enseignements jusqu'à la fin des 2 années de formation. Deux périodes de stage jalonnent le parcours avec 5 semaines en fin de 1ère année et 7 semaines en milieu de 2ème année. … Frais de scolarité … Par année Aucun frais"},
    },
    {
        "id": "fr-bts-0413",
        "title": {"fr": "BTS Gestion de la PME", "en": "BTS Management of small and medium-sized enterprises (Gestion de la PME)"},
        "description": {"fr": "Former des collaborateurs et conseillers de dirigeants de PME : relation clients et fournisseurs, gestion du personnel, gestion des risques, soutien au fonctionnement et au développement de la PME.",
                        "en": "Trains assistants to SME managers: customer and supplier relations, personnel administration, risk management, supporting the running and development of the SME."},
        "kind": "short_cycle_he", "provider": "fr-lycee-hemingway-nimes", "eqf": 5,
        "national_level": {"framework": "CNCP", "level": "5"},
        "credits": {"value": 120, "system": "ects"}, "duration_months": 24,
        "modes": ["full_time"], "languages": ["fr"], "field": "0413",
        "cost": {"amount": 0, "currency": "EUR", "academic_year": "2026/27"},
        "awards": "fr-bts-0413",
        "entry": {"type": "any_of", "any": [
            {"type": "credential", "credential": "fr-bac"},
            {"type": "credential", "credential": "fr-daeu"},
            {"type": "credential", "credential": "fr-bacpro-agora"},
            {"type": "level", "min_eqf": 4, "country": "FR"}]},
        "years": 2, "starts": ["--09-01"],
        "url": URL_BTS_HEMINGWAY,
        "note": {"en": "Public lycée: no tuition fee (Parcoursup, admissions 2026). A bac pro holder with a mention 'bien' or 'très bien' in a matching field is admitted by right (décret 95-665 art. 7) if they applied.",
                 "fr": "Lycée public : aucun frais. Admission de droit des bacheliers professionnels mention bien ou très bien dans le champ correspondant (décret 95-665, art. 7)."},
        "source": {"reference": "Parcoursup, fiche formation : Lycée Hemingway - De La Camargue (Nîmes), BTS Gestion de la PME (35 places en 2026)",
                   "url": URL_BTS_HEMINGWAY, "certainty": "real", "retrieved": R,
                   "quote": "L'objectif du BTS Gestion de la PME est de former des collaborateurs et des conseillers de dirigeants de petites et moyennes entreprises (PME). … Frais de scolarité … Par année Aucun frais"},
    },
    {
        "id": "fr-bts-0413-tourelles",
        "title": {"fr": "BTS Gestion de la PME (Institut Les Tourelles, privé sous contrat)", "en": "BTS Management of SMEs (Institut Les Tourelles, private school under contract)"},
        "kind": "short_cycle_he", "provider": "fr-lycee-tourelles-rouen", "eqf": 5,
        "national_level": {"framework": "CNCP", "level": "5"},
        "credits": {"value": 120, "system": "ects"}, "duration_months": 24,
        "modes": ["full_time"], "languages": ["fr"], "field": "0413",
        "cost": {"amount": 3300, "currency": "EUR", "academic_year": "2025/26"},
        "awards": "fr-bts-0413", "entry": ENTRY_BTS, "years": 2, "starts": ["--09-01"],
        "url": URL_BTS_TOURELLES,
        "note": {"en": "1,650 EUR per year (2025/26) × 2 years = 3,300 EUR; grant holders get a reduction of 225 EUR (up to échelon 3) or 350 EUR (from échelon 4). Same national diploma as the free public BTS: the comparison shows what a budget filter does. 12 weeks of placement.",
                 "fr": "1 650 € par an (2025/2026) × 2 ans ; réduction de 225 € / 350 € pour les boursiers. Même diplôme national que le BTS public gratuit."},
        "source": {"reference": "Parcoursup, fiche formation : Lycée Les Tourelles (Rouen), BTS Gestion de la PME",
                   "url": URL_BTS_TOURELLES, "certainty": "real", "retrieved": R,
                   "quote": "Etablissement privé en contrat avec l’Etat / EESC … BTS contrôlé par l'Etat … Par année 1650 € (Montant pour 2025/2026)"},
    },
    {
        "id": "fr-vae-bts-0413",
        "title": {"fr": "VAE : BTS Gestion de la PME (parcours France VAE)", "en": "Validation of prior experience (VAE) towards the BTS Management of SMEs (France VAE)"},
        "description": {"fr": "Le candidat s'inscrit sur vae.gouv.fr, est accompagné, prépare un dossier de validation et passe devant un jury qui décide une validation totale, partielle (blocs acquis définitivement) ou un refus.",
                        "en": "The candidate registers on vae.gouv.fr, is supported, prepares a validation file and meets a jury that decides a full award, a partial award (competence blocks kept for good) or a refusal."},
        "kind": "validation_procedure", "provider": "fr-france-vae", "eqf": 5,
        "national_level": {"framework": "CNCP", "level": "5"},
        "modes": ["part_time", "online"], "languages": ["fr"], "field": "0413",
        "awards": "fr-bts-0413",
        "unknown_reason": {"en": "The length depends on the candidate (file, support, jury date) and the cost on the funding (CPF, employer, region, France Travail); no single figure is published.",
                           "fr": "La durée dépend du candidat (dossier, accompagnement, date de jury) et le coût du financement (CPF, employeur, région, France Travail) ; aucun chiffre unique n'est publié."},
        "url": "https://vae.gouv.fr",
        "note": {"en": "Since Loi 2022-1598 there is NO minimum duration of experience: any experience in direct relation with the BTS counts (the old 1-year / 1,607-hour rule was removed). There is therefore no entry condition in the data (a condition of '0 years' would print 'proof of 0 years'); the counsellor checks that the experience is in direct relation with the BTS.",
                 "fr": "Depuis la loi n° 2022-1598, aucune durée minimale d'expérience : toute activité en rapport direct avec la certification visée."},
        "documents": None,
        "source": SRC_VAE_NOMIN,
    },
    {
        "id": "fr-vae-bts-0613",
        "title": {"fr": "VAE : BTS Services informatiques aux organisations (parcours France VAE)", "en": "Validation of prior experience (VAE) towards the BTS IT services for organisations (France VAE)"},
        "kind": "validation_procedure", "provider": "fr-france-vae", "eqf": 5,
        "national_level": {"framework": "CNCP", "level": "5"},
        "modes": ["part_time", "online"], "languages": ["fr"], "field": "0613",
        "awards": "fr-bts-0613",
        "unknown_reason": {"en": "The length depends on the candidate (file, support, jury date) and the cost on the funding; no single figure is published.",
                           "fr": "La durée dépend du candidat et le coût du financement ; aucun chiffre unique n'est publié."},
        "url": "https://vae.gouv.fr",
        "note": {"en": "No minimum duration of experience since Loi 2022-1598. The jury (at least two members: professionals and experts of the diploma) decides a full or partial award.",
                 "fr": "Aucune durée minimale d'expérience depuis la loi n° 2022-1598. Jury d'au moins deux personnes."},
        "source": {"reference": "France VAE (vae.gouv.fr) : Comment se déroule un jury VAE ?",
                   "url": URL_VAE_JURY, "certainty": "real", "retrieved": R,
                   "quote": "Le jury a un rôle central dans le processus de Validation des Acquis de l’Expérience. … Un jury VAE est composé à minima de deux personnes.",
                   "legal_basis": "Code de l'éducation L335-5 ; loi n° 2022-1598 du 21 décembre 2022"},
    },
    {
        "id": "fr-daeu-b-umontpellier",
        "title": {"fr": "DAEU B – Diplôme d'accès aux études universitaires, option sciences", "en": "DAEU B – University access diploma, science option"},
        "description": {"fr": "Diplôme d'État qui confère les mêmes droits que le baccalauréat ; formation à temps partiel de septembre à juin ; épreuves capitalisables sur 4 ans au maximum.",
                        "en": "State diploma conferring the same rights as the baccalauréat; part-time course from September to June; exams can be passed over at most 4 years."},
        "kind": "adult_course", "provider": "fr-umontpellier", "eqf": 4,
        "national_level": {"framework": "CNCP", "level": "4"},
        "duration_months": 9, "modes": ["part_time"], "languages": ["fr"],
        "awards": "fr-daeu", "starts": ["--09-09"],
        "support": {"fewer_opportunities": True, "mobility": False},
        "unknown_reason": {"en": "The stored page gives no fee: the training cost is reimbursed by the Occitanie region for registered job-seekers (FORPROSUP programme), other situations on request.",
                           "fr": "Pas de tarif sur la page : coût pris en charge par la Région Occitanie pour les demandeurs d'emploi (FORPROSUP), autres situations sur demande."},
        "url": URL_DAEU_UM,
        "note": {"en": "Enrolment conditions (national, arrêté du 3 août 1994): initial studies interrupted for at least two years AND either at least 24 years old on 1 October of the year the diploma is awarded, or at least 20 with two years of work with social-security contributions. The age conditions cannot be expressed in the entry tree and are left to the counsellor.",
                 "fr": "Conditions : études interrompues depuis deux ans ET 24 ans au 1er octobre, ou 20 ans et deux années d'activité professionnelle."},
        "source": {"reference": "Université de Montpellier, DAEU B (option sciences), sessions 2025-2026",
                   "url": URL_DAEU_UM, "certainty": "real", "retrieved": R,
                   "quote": "This state diploma confers the same rights as those attaching to the successful completion of the baccalauréat. … The DAEU B exams can be taken over a maximum of 4 years, on a credit basis. … Session: from 09/09/2025 to 06/30/2026",
                   "legal_basis": "Arrêté du 3 août 1994 relatif au diplôme d'accès aux études universitaires, art. 6"},
    },
    {
        "id": "fr-daeu-a-tlse2",
        "title": {"fr": "DAEU option A (Diplôme d'accès aux études universitaires)", "en": "DAEU option A (university access diploma, humanities)"},
        "kind": "adult_course", "provider": "fr-univ-tlse2", "eqf": 4,
        "national_level": {"framework": "CNCP", "level": "4"},
        "duration_months": 10, "modes": ["part_time", "online", "blended"], "languages": ["fr"],
        "awards": "fr-daeu",
        "support": {"fewer_opportunities": True, "mobility": False},
        "unknown_reason": {"en": "No fee on the stored page; funded by the Occitanie region for job-seekers (Programme Régional de Formation).",
                           "fr": "Pas de tarif sur la page ; financement Région Occitanie pour les demandeurs d'emploi."},
        "url": URL_DAEU_TLSE2,
        "note": {"en": "'Une année universitaire' (modelled as 10 months). Evening classes or distance learning with about 7 Saturday sessions.",
                 "fr": "Une année universitaire ; cours du soir ou à distance (environ 7 samedis de regroupement)."},
        "source": {"reference": "Université Toulouse - Jean Jaurès, DAEU option A",
                   "url": URL_DAEU_TLSE2, "certainty": "real", "retrieved": R,
                   "quote": "Durée de la formation une année universitaire … Le Diplôme d'Accès aux Etudes Universitaires (D.A.E.U.) confère les mêmes droits que ceux qui s'attachent au succès au baccalauréat. … c'est pouvoir accéder de droit aux formations ouvertes aux bacheliers, dans les organismes de formation professionnelle et dans les établissements d'enseignement supérieur.",
                   "legal_basis": "Arrêté du 3 août 1994, art. 6"},
    },
    {
        "id": "fr-vapp-unicaen",
        "title": {"fr": "VAPP – Validation des acquis professionnels et personnels (accès à une formation)", "en": "VAPP – validation of professional and personal learning (access to a programme without the required diploma)"},
        "description": {"fr": "Permet d'accéder à une formation (DUT, licence, licence professionnelle, master) sans le diplôme requis. Donne un accès, pas de crédits ni de diplôme.",
                        "en": "Gives access to a programme (DUT, licence, licence professionnelle, master) without the required diploma. It grants access, not credit and not a diploma."},
        "kind": "validation_procedure", "provider": "fr-unicaen",
        "modes": ["part_time"], "languages": ["fr"],
        "cost": {"amount": 110, "currency": "EUR", "academic_year": "2026"},
        "awards": "fr-vapp-unicaen",
        "unknown_reason": {"en": "The time until the commission decides depends on the programme's calendar; no duration is published.",
                           "fr": "Le délai dépend du calendrier de la formation visée ; aucune durée publiée."},
        "url": URL_VAPP_UNICAEN,
        "note": {"en": "110 EUR (30 EUR for job-seekers), page undated, read 2026-12-01; tuition of the target programme comes on top. Non-bacheliers: studies interrupted for at least 2 years and aged 20 at restart; after failing a programme, wait 3 years. The authorisation is valid for one year, one institution and one programme (IUT Metz). There is NO credit cap and no credit: the old fr-r-vapp-* rules were deleted.",
                 "fr": "110 € (30 € demandeurs d'emploi). Donne accès, pas de crédits. Autorisation valable un an, pour un établissement et une formation."},
        "source": {"reference": "Université de Caen Normandie, formation continue : Validation des acquis professionnels et personnels (VAPP)",
                   "url": URL_VAPP_UNICAEN, "certainty": "real", "retrieved": R,
                   "quote": "La Validation des acquis professionnels et personnels (articles D613-38 à D613-50 du Code de l’éducation) permet à un candidat d’accéder à une formation pour laquelle il n’a pas le titre ou le diplôme requis, par la prise en compte de son expérience professionnelle et personnelle. … Le coût de la procédure s’élève à : - 110€ - 30€ pour les demandeurs d’emploi",
                   "legal_basis": "Code de l'éducation D613-38 à D613-50 (décret n° 85-906 du 23 août 1985)"},
    },
    {
        "id": "fr-lpro-0613",
        "title": {"fr": "Licence professionnelle mention Métiers de l'informatique : conception, développement et test de logiciels (année de L3)",
                  "en": "Professional bachelor (licence professionnelle) in software design, development and testing (final year, L3)"},
        "description": {"fr": "Parcours d'un an (60 ECTS) pour titulaires d'un bac+2 ; le diplôme confère le grade de licence (180 ECTS au total).",
                        "en": "One-year track (60 ECTS) for holders of a two-year HE diploma; the diploma confers the licence degree (180 ECTS in all)."},
        "kind": "bachelor", "provider": "fr-universite-lp", "eqf": 6,
        "national_level": {"framework": "CNCP", "level": "6"},
        "credits": {"value": 60, "system": "ects"}, "duration_months": 12,
        "modes": ["full_time", "work_based"], "languages": ["fr"], "field": "0613",
        "cost": {"amount": FEE_L_2526, "currency": "EUR", "academic_year": "2025/26"},
        "awards": "fr-lpro-0613", "entry": ENTRY_LP, "starts": ["--09-01"],
        "note": {"en": "ILLUSTRATIVE offer: no programme page of one university was found in the stored pages, so the provider is not named. Real parts: the access rule (arrêté du 6 décembre 2019, art. 5: 30–120 ECTS of first-cycle HE, e.g. a BTS, or a validation under L613-3 to L613-5), the national fee (178 EUR in 2025/26) and the one-year L3 format. The mention title follows the national nomenclature but was not checked against a stored page. Admission is selective (file and interview).",
                 "fr": "Offre ILLUSTRATIVE : établissement non identifié. Réels : conditions d'accès (arrêté du 6 décembre 2019, art. 5), droits 2025-2026 (178 €), format d'un an en L3."},
        "source": {"reference": "Arrêté du 6 décembre 2019 (accès) et droits d'inscription 2025-2026; programme itself illustrative",
                   "url": URL_LP_ARRETE, "certainty": "illustrative", "retrieved": R},
    },
    {
        "id": "fr-lpro-0413",
        "title": {"fr": "Licence professionnelle mention Métiers de la gestion et de la comptabilité : comptabilité et paie (année de L3)",
                  "en": "Professional bachelor (licence professionnelle) in accounting and payroll (final year, L3)"},
        "kind": "bachelor", "provider": "fr-universite-lp", "eqf": 6,
        "national_level": {"framework": "CNCP", "level": "6"},
        "credits": {"value": 60, "system": "ects"}, "duration_months": 12,
        "modes": ["full_time", "work_based"], "languages": ["fr"], "field": "0411",
        "cost": {"amount": FEE_L_2526, "currency": "EUR", "academic_year": "2025/26"},
        "awards": "fr-lpro-0413", "entry": ENTRY_LP, "starts": ["--09-01"],
        "note": {"en": "ILLUSTRATIVE offer (see fr-lpro-0613): access rule, national fee and one-year format are real; no single university's programme page was found, the mention title is not checked against a stored page.",
                 "fr": "Offre ILLUSTRATIVE : accès, droits et format réels ; établissement non identifié."},
        "source": {"reference": "Arrêté du 6 décembre 2019 (accès) et droits d'inscription 2025-2026; programme itself illustrative",
                   "url": URL_LP_ARRETE, "certainty": "illustrative", "retrieved": R},
    },
    {
        "id": "fr-cnam-licence-info",
        "title": {"fr": "Licence Sciences, technologies, santé mention Informatique (Cnam)", "en": "Bachelor (licence) in computer science, Cnam (evening and distance classes for adults)"},
        "description": {"fr": "Trois niveaux L1, L2, L3 composés d'unités d'enseignement capitalisables acquises au rythme souhaité ; L3 = 36 crédits de cours, 16 crédits d'expérience professionnelle, 8 crédits d'anglais et de communication.",
                        "en": "Three levels L1, L2, L3 made of capitalisable teaching units taken at one's own pace; L3 = 36 credits of courses, 16 credits of professional experience, 8 credits of English and communication."},
        "kind": "bachelor", "provider": "fr-cnam", "eqf": 6,
        "national_level": {"framework": "CNCP", "level": "6"},
        "credits": {"value": 180, "system": "ects"}, "years": 3,
        "modes": ["part_time", "online", "blended"], "languages": ["fr"], "field": "0613",
        "awards": "fr-cnam-licence-info", "entry": ENTRY_LICENCE,
        "unknown_reason": {"en": "Cnam students take units at their own pace (the L1–L2 part alone is planned over 2, 3 or 4 years) and pay per unit; the stored pages give neither a single duration nor a fee.",
                           "fr": "Les unités se suivent au rythme de chacun (L1-L2 en 2, 3 ou 4 ans) ; ni durée unique ni tarif dans les pages consultées."},
        "url": URL_CNAM_LIC,
        "note": {"en": "Direct entry into L3 also needs one year of professional experience in the field (otherwise a placement of up to 6 months) before the diploma is awarded.",
                 "fr": "Accès direct en L3 : un an d'expérience professionnelle dans le domaine exigé (sinon stage de 6 mois au plus)."},
        "modules": [
            {"id": "fr-cnam-li-l1", "title": {"fr": "Niveau L1", "en": "Level L1"}, "credits": 60, "year": 1},
            {"id": "fr-cnam-li-l2", "title": {"fr": "Niveau L2", "en": "Level L2"}, "credits": 60, "year": 2},
            {"id": "fr-cnam-li-l3-cours", "title": {"fr": "L3 : 6 UE de cours et exercices dirigés", "en": "L3: 6 course units"}, "credits": 36, "year": 3},
            {"id": "fr-cnam-li-l3-exp", "title": {"fr": "L3 : expérience professionnelle", "en": "L3: professional experience"}, "credits": 16, "year": 3},
            {"id": "fr-cnam-li-l3-ang", "title": {"fr": "L3 : anglais et communication", "en": "L3: English and communication"}, "credits": 8, "year": 3},
        ],
        "source": {"reference": "Intercariforef, fiche certification : Licence informatique du Cnam (structure du niveau L3)",
                   "url": URL_CNAM_LIC_L3, "certainty": "real", "retrieved": R,
                   "quote": "La formation est organisée sur 3 niveaux (L1, L2, L3) … Le niveau L3 est composé de 36 crédits de cours et exercices dirigés, 16 crédits d'expérience professionnelle, 8 crédits d'anglais et de communication."},
    },
    {
        "id": "fr-cnam-nfa032",
        "title": {"fr": "UE NFA032 Programmation Java : programmation objet (Cnam)", "en": "Cnam teaching unit NFA032 Java programming: object-oriented programming"},
        "description": {"fr": "Acquis visés : écriture de classes (attributs, méthodes, constructeurs), notion de référence, héritage et polymorphisme, exceptions, interfaces, encapsulation, récursivité. Évaluation : écriture, compréhension et correction de programmes Java orientés objet ; oral ou épreuve sur feuille sans réseau.",
                        "en": "Learning outcomes: write classes (attributes, methods, constructors), understand references, use inheritance and polymorphism, exceptions, interfaces, encapsulation, recursion. Assessment: writing, reading and correcting object-oriented Java programs; oral or paper exam without network."},
        "kind": "he_module", "provider": "fr-cnam",
        "modes": ["part_time", "blended"], "languages": ["fr"], "field": "0613",
        "awards": "fr-cnam-nfa032", "parallel": True,
        "unknown_reason": {"en": "The stored unit page gives neither its ECTS value, nor its length, nor a fee (Cnam units are paid per unit, depending on funding).",
                           "fr": "La page de l'UE ne donne ni crédits, ni durée, ni tarif."},
        "url": URL_CNAM_NFA032,
        "note": {"en": "Prerequisite: NFA031 (or former NFA001) or equivalent level. Cnam units are capitalised separately (a mark of 10/20 validates a unit for good).",
                 "fr": "Prérequis : NFA031 (ou ancienne NFA001) ou niveau équivalent."},
        "source": {"reference": "Cnam Île-de-France, unité NFA032 Programmation Java : programmation objet",
                   "url": URL_CNAM_NFA032, "certainty": "real", "retrieved": R,
                   "quote": "Maîtriser les concepts fondamentaux de la programmation objet. Avoir déjà suivi NFA031 ou l'ancienne UE NFA001 ou avoir le niveau équivalent … La majeure partie de l'évaluation consistera en l'écriture, la compréhension, la correction ou la complétion de programmes Java écrits en style orienté objet."},
    },
    {
        "id": "fr-lyon1-licence-info",
        "title": {"fr": "Licence mention Informatique, parcours Informatique et mathématiques (Université Lyon 1)", "en": "Bachelor (licence) in computer science, computing-and-mathematics track (Lyon 1)"},
        "kind": "bachelor", "provider": "fr-lyon1", "eqf": 6,
        "national_level": {"framework": "CNCP", "level": "6"},
        "credits": {"value": 180, "system": "ects"}, "duration_months": 36, "years": 3,
        "modes": ["full_time"], "languages": ["fr"], "field": "0613",
        "cost": {"amount": 3 * FEE_L_2526, "currency": "EUR", "academic_year": "2025/26"},
        "awards": "fr-lyon1-licence-info", "entry": ENTRY_LICENCE, "starts": ["--09-01"],
        "url": URL_LYON1_LIC,
        "note": NOTE_FEES,
        "source": {"reference": "Université Claude Bernard Lyon 1, offre de formation : Licence Informatique, parcours Informatique et mathématiques",
                   "url": URL_LYON1_LIC, "certainty": "real", "retrieved": R,
                   "quote": "La licence Informatique a pour vocation de dispenser en trois ans une solide formation en informatique. … Entrée en L2 : Un étudiant ayant commencé une licence dans un autre établissement peut présenter un dossier à la commission pédagogique qui peut valider certaines UE et lui proposer un parcours personnalisé."},
    },
    {
        "id": "fr-but-geii-troyes",
        "title": {"fr": "BUT Génie électrique et informatique industrielle (GEII), IUT de Troyes", "en": "Bachelor of technology (BUT) in electrical engineering and industrial computing, IUT Troyes"},
        "kind": "bachelor", "provider": "fr-iut-troyes", "eqf": 6,
        "national_level": {"framework": "CNCP", "level": "6"},
        "credits": {"value": 180, "system": "ects"}, "duration_months": 36, "years": 3,
        "modes": ["full_time", "work_based"], "languages": ["fr"], "field": "0714",
        "cost": {"amount": 3 * FEE_L_2526, "currency": "EUR", "academic_year": "2025/26"},
        "awards": "fr-but-geii",
        "entry": {"type": "any_of", "any": [
            {"type": "credential", "credential": "fr-bac"},
            {"type": "credential", "credential": "fr-daeu"},
            {"type": "level", "min_eqf": 4, "country": "FR"},
            {"type": "credential", "credential": "fr-vapp-unicaen"}]},
        "starts": ["--09-01"],
        "url": URL_BUT_TROYES,
        "note": {"en": "178 EUR per year (2025/26) × 3. After two years (120 ECTS) the intermediate DUT is awarded (arrêté du 6 décembre 2019). Apprenticeship (work_based) is free for the apprentice (Code du travail L6211-1).",
                 "fr": "178 € par an × 3 ; DUT délivré à titre intermédiaire après deux ans. Apprentissage gratuit pour l'apprenti (C. trav. L6211-1)."},
        "source": {"reference": "IUT de Troyes, livret d'accueil GEII : validation des unités d'enseignement du BUT",
                   "url": URL_BUT_TROYES, "certainty": "real", "retrieved": R,
                   "quote": "Le bachelor universitaire de technologie s’obtient lorsque l’ensemble des UE est acquis. Il donne 180 ECTS."},
    },
    {
        "id": "fr-master-ubs-info",
        "title": {"fr": "Master mention Informatique (Université Bretagne Sud)", "en": "Master's degree in computer science (Université Bretagne Sud)"},
        "kind": "master", "provider": "fr-ubs", "eqf": 7,
        "national_level": {"framework": "CNCP", "level": "7"},
        "credits": {"value": 120, "system": "ects"}, "duration_months": 24, "years": 2,
        "modes": ["full_time"], "languages": ["fr"], "field": "0613",
        "cost": {"amount": 2 * FEE_M_2526, "currency": "EUR", "academic_year": "2025/26"},
        "awards": "fr-master-ubs-info",
        "entry": {"type": "any_of", "any": [
            {"type": "level", "min_eqf": 6, "field": "06", "country": "FR"},
            {"type": "credential", "credential": "fr-vapp-unicaen"}]},
        "starts": ["--09-01"],
        "url": URL_UBS_MASTER,
        "note": {"en": "Corrected cost: 254 EUR per year (2025/26) × 2 = 508 EUR (the old file had 250 EUR for the whole master), plus CVEC 105 EUR per year. Entry to M1 is always decided by an admission jury; a licence professionnelle gives no right to a master (the jury judges the file).",
                 "fr": "Coût corrigé : 254 € × 2 = 508 € (+ CVEC). Entrée en M1 sur décision d'un jury ; la licence professionnelle ne donne pas de droit d'accès."},
        "source": {"reference": "Université Bretagne Sud, Master informatique (parcours AIDN, SAIM) : FAQ admission",
                   "url": URL_UBS_MASTER, "certainty": "real", "retrieved": R,
                   "quote": "Si vous avez suivi avec succès une formation de Licence traditionnelle en informatique (et non une Licence Professionnelle), vous avez a priori les acquis nécessaires pour vous inscrire en Master dʼinformatique. Notez cependant que lʼentrée en première année de Master se fait systématiquement sur décision dʼun jury dʼadmission"},
    },
    {
        "id": "fr-ifsi-provins",
        "title": {"fr": "Formation conduisant au diplôme d'État d'infirmier (IFSI de Provins)", "en": "Nursing programme leading to the State nursing diploma (IFSI Provins)"},
        "kind": "bachelor", "provider": "fr-ifsi-provins", "eqf": 6,
        "national_level": {"framework": "CNCP", "level": "6"},
        "credits": {"value": 180, "system": "ects"}, "duration_months": 36, "years": 3,
        "modes": ["full_time", "work_based"], "languages": ["fr"], "field": "0913",
        "awards": "fr-dei",
        "entry": {"type": "any_of", "any": [
            {"type": "credential", "credential": "fr-bac"},
            {"type": "credential", "credential": "fr-daeu"},
            {"type": "work_experience", "years": 3}]},
        "unknown_reason": {"en": "The fee depends on the route: students may be covered by the IFSI–Île-de-France Region agreement, funded by an employer, or self-funded; the IFSI gives its rates on request.",
                           "fr": "Le coût dépend de la voie : convention IFSI–Région Île-de-France, prise en charge employeur ou autofinancement ; tarifs auprès de l'IFSI."},
        "url": URL_IFSI_PROVINS,
        "note": {"en": "Replaces the invented 'BTS Soins infirmiers': nursing in France is the Diplôme d'État d'infirmier, 3 years, 6 semesters, 180 ECTS, grade de licence, taught in an IFSI. Two routes: Parcoursup (bac or equivalent, e.g. DAEU) or continuing education (FPC) with three years of professional experience (social-security contributions), any sector, selection by interview + written test.",
                 "fr": "Remplace le « BTS Soins infirmiers » inventé. Deux voies : Parcoursup (bac ou équivalent) ou FPC (trois ans d'expérience professionnelle)."},
        "source": {"reference": "IFSI-IFAS de Provins : conditions générales d'inscription à la formation infirmière (arrêté du 31 juillet 2009 modifié, art. 2)",
                   "url": URL_IFSI_PROVINS, "certainty": "real", "retrieved": R,
                   "quote": "- PAR LA VOIE PARCOURSUP : les candidats titulaires du baccalauréat ou d’un titre équivalent - PAR LA VOIE FPC Les candidats justifiant de trois années d’expérience professionnelle relèvent de la formation professionnelle continue (FPC) selon le code du travail article L.6311-1.",
                   "legal_basis": "Arrêté du 31 juillet 2009 relatif au diplôme d'État d'infirmier, modifié (arrêtés du 13 décembre 2018, 29 décembre 2022, 3 juillet 2023)"},
    },
    {
        "id": "fr-insa-lyon-info",
        "title": {"fr": "Diplôme d'ingénieur de l'INSA Lyon, spécialité Informatique (cursus en 5 ans)", "en": "Engineering degree (diplôme d'ingénieur) of INSA Lyon, computer science speciality (5-year programme)"},
        "description": {"fr": "Deux années de premier cycle puis trois années de cycle ingénieur (département Informatique). Admission directe en 3e année sur dossier pour les titulaires d'un DUT/BTS figurant sur la liste de l'INSA ou d'un parcours de licence d'au moins 120 ECTS.",
                        "en": "Two years of first cycle, then three years of engineering cycle (computer science department). Direct entry into year 3 on file for holders of a DUT/BTS on the INSA list or of at least 120 ECTS of a scientific licence."},
        "kind": "master", "provider": "fr-insa-lyon", "eqf": 7,
        "national_level": {"framework": "CNCP", "level": "7"},
        "credits": {"value": 300, "system": "ects"}, "duration_months": 60, "years": 5,
        "modes": ["full_time"], "languages": ["fr"], "field": "0613",
        "awards": "fr-insa-lyon-info",
        "entry": {"type": "any_of", "any": [
            {"type": "credential", "credential": "fr-bac"},
            {"type": "credential", "credential": "fr-daeu"},
            {"type": "level", "min_eqf": 4, "country": "FR"}]},
        "starts": ["--09-01"],
        "unknown_reason": UNKNOWN_FEE_INGE,
        "url": URL_INSA_ECTS,
        "note": {"en": "300 ECTS = 5 years × 60 ECTS (INSA Lyon: 'a 5 years course … divided into ECTS credits'; 60 credits per year is the ECTS convention). The diploma confers the grade de master. Entry after the bac goes through Parcoursup (file + interview); entries into year 3 are in the rules (fr-r-insa-y3-*). Application fee for the INSA group admissions: 105 EUR (2024).",
                 "fr": "300 ECTS = 5 ans × 60 ECTS. Grade de master. Admission post-bac via Parcoursup ; admissions directes en 3e année : voir les règles fr-r-insa-y3-*. Frais de candidature du groupe INSA : 105 € (2024)."},
        "source": SRC_INSA_LYON,
    },
    {
        "id": "fr-insa-lyon-ge",
        "title": {"fr": "Diplôme d'ingénieur de l'INSA Lyon, spécialité Génie électrique (cursus en 5 ans)", "en": "Engineering degree of INSA Lyon, electrical engineering speciality (5-year programme)"},
        "kind": "master", "provider": "fr-insa-lyon", "eqf": 7,
        "national_level": {"framework": "CNCP", "level": "7"},
        "credits": {"value": 300, "system": "ects"}, "duration_months": 60, "years": 5,
        "modes": ["full_time"], "languages": ["fr"], "field": "0713",
        "awards": "fr-insa-lyon-ge",
        "entry": {"type": "any_of", "any": [
            {"type": "credential", "credential": "fr-bac"},
            {"type": "credential", "credential": "fr-daeu"},
            {"type": "level", "min_eqf": 4, "country": "FR"}]},
        "starts": ["--09-01"],
        "unknown_reason": UNKNOWN_FEE_INGE,
        "url": URL_INSA_CTI,
        "note": {"en": "Same structure as fr-insa-lyon-info (2 + 3 years, 300 ECTS, grade de master). Direct entry into year 3 for DUT/BTS holders whose diploma is on the INSA list for this speciality (fr-r-insa-y3-dut-geii, fr-r-insa-y3-bts-ciel).",
                 "fr": "Même structure (2 + 3 ans, 300 ECTS). Admission directe en 3e année pour les DUT/BTS de la liste de l'INSA."},
        "source": SRC_INSA_LYON,
    },
    {
        "id": "fr-bts-ciel-app-niepce",
        "title": {"fr": "BTS Cybersécurité, Informatique et réseaux, Électronique (CIEL) en apprentissage", "en": "BTS Cybersecurity, IT and networks, Electronics (CIEL) by apprenticeship"},
        "description": {"fr": "BTS préparé en 24 mois sous contrat d'apprentissage (salarié d'une entreprise, inscrit au CFA de l'Éducation nationale), en mixité avec les étudiants sous statut scolaire.",
                        "en": "BTS taken over 24 months under an apprenticeship contract (employed by a company, enrolled at the Education nationale apprenticeship centre), in the same group as full-time students."},
        "kind": "apprenticeship", "provider": "fr-cite-niepce", "eqf": 5,
        "national_level": {"framework": "CNCP", "level": "5"},
        "credits": {"value": 120, "system": "ects"}, "duration_months": 24, "years": 2,
        "modes": ["work_based"], "languages": ["fr"], "field": "0714",
        "cost": {"amount": 0, "currency": "EUR", "academic_year": "2025/26"},
        "awards": "fr-bts-ciel", "entry": ENTRY_BTS, "starts": ["--09-01"],
        "url": URL_NIEPCE_APP,
        "note": {"en": "Free for the apprentice (Code du travail L6211-1: 'La formation est gratuite pour l'apprenti'); the apprentice is paid a salary. An employer contract covering the 24 months is required (can be signed until 31 December for a September start); apprenticeship is for ages 16–29 (exceptions). These two conditions cannot be expressed in the entry tree. The BTS CIEL (options A 'Informatique et réseaux' and B 'Électronique et réseaux') replaced the BTS Systèmes numériques (arrêté du 25 janvier 2023); which option is offered here is not stated on the stored page. 120 ECTS as for every BTS.",
                 "fr": "Gratuit pour l'apprenti (C. trav. L6211-1), qui est salarié. Contrat d'apprentissage couvrant les 24 mois obligatoire (signature possible jusqu'au 31 décembre). BTS CIEL défini par l'arrêté du 25 janvier 2023."},
        "source": {"reference": "Cité scolaire Niépce-Balleure : BTS CIEL, les modalités de l'apprentissage ; arrêté du 25 janvier 2023 (BTS CIEL) ; Code du travail L6211-1",
                   "url": URL_NIEPCE_APP, "certainty": "real", "retrieved": R,
                   "quote": "L'étudiant qui choisit de suivre ce BTS en apprentissage doit signer un contrat d'apprentissage avec une entreprise, c'est une condition indispensable. Ce contrat doit impérativement être signé sur une durée couvrant la totalité de la formation (24 mois). Pour une entrée en septembre en BTS, le contrat peut être signé jusqu'au 31 décembre de l'année en cours. L'étudiant doit aussi s'inscrire au CFA de l'Education Nationale car c'est lui qui gérera son apprentissage.",
                   "legal_basis": "Arrêté du 25 janvier 2023 portant définition du BTS « Cybersécurité, Informatique et réseaux, Electronique » ; Code du travail L6211-1 (gratuité pour l'apprenti)"},
    },
    {
        "id": "fr-clea",
        "title": {"fr": "Certificat CléA – Socle de connaissances et de compétences professionnelles", "en": "CléA certificate – core professional knowledge and skills"},
        "description": {"fr": "Certification interprofessionnelle nationale : évaluation préalable des 7 domaines du référentiel (28 sous-domaines, 106 critères), formation seulement sur les domaines non acquis, puis évaluation finale ; un jury délivre le certificat.",
                        "en": "National cross-industry certification: an initial assessment of the 7 domains of the standard (28 sub-domains, 106 criteria), training only on the domains not yet mastered, then a final assessment; a jury awards the certificate."},
        "kind": "validation_procedure", "provider": "fr-certifpro",
        "modes": ["part_time", "blended"], "languages": ["fr"],
        "awards": "fr-clea",
        "support": {"fewer_opportunities": True, "mobility": False},
        "unknown_reason": {"en": "Length and cost depend on the initial assessment (training only on missing domains) and on the assessing body; it is usually funded (CPF, employer, region — e.g. the Nouvelle-Aquitaine individual aid for job-seekers). No single figure is published.",
                           "fr": "Durée et coût dépendent de l'évaluation préalable et de l'organisme évaluateur ; financement CPF, employeur ou région (ex. aide individuelle Nouvelle-Aquitaine). Aucun chiffre unique publié."},
        "url": URL_CLEA_AKTO,
        "note": {"en": "For employees and job-seekers without a qualification. The seven domains: communication in French; basic arithmetic and mathematical reasoning; usual digital information and communication tools; teamwork within defined rules; working autonomously towards an individual objective; learning to learn; basic gestures and postures, hygiene, safety and environmental rules. Registered by right in the Répertoire spécifique (RS), not an RNCP level: no EQF level is given. It is eligible for the CPF.",
                 "fr": "Pour salariés et demandeurs d'emploi peu ou pas qualifiés. Inscrit de droit au Répertoire spécifique ; éligible au CPF."},
        "source": {"reference": "AKTO (OPCO) : Qu'est-ce que la certification CléA ? (référentiel CléA, Certif'Pro)",
                   "url": URL_CLEA_AKTO, "certainty": "real", "retrieved": R,
                   "quote": "CléA est une certification inscrite de droit au Répertoire spécifique (RS) des certifications et des habilitations … Le certificat CléA atteste que son détenteur possède une maîtrise suffisante des connaissances et compétences indispensables à son évolution professionnelle, dans 7 domaines fondamentaux … Outre les 7 domaines précédemment cités, le référentiel CléA compte 28 sous-domaines et 106 critères qui font l’objet d’une grille d’évaluation. C’est Certif’Pro, l’association nationale pour la certification paritaire interprofessionnelle, qui assure la délivrance de la certification CléA",
                   "legal_basis": "Code du travail D6113-1 à D6113-3 (décret du 13 février 2015)"},
    },
    {
        "id": "fr-clea-numerique",
        "title": {"fr": "Certificat CléA Numérique (usages fondamentaux du numérique en milieu professionnel)", "en": "CléA Numérique certificate (fundamental digital skills at work)"},
        "description": {"fr": "Certification distincte de CléA, qui peut être obtenue indépendamment : 4 compétences – identifier son environnement et utiliser les outils associés ; acquérir et exploiter de l'information dans un environnement professionnel numérisé ; interagir en mode collaboratif ; appliquer les règles et bonnes pratiques de la sécurité numérique.",
                        "en": "A certificate separate from CléA that can be obtained on its own: 4 competences – identify one's digital environment and use its tools; acquire and use information in a digital work environment; interact collaboratively; apply the rules and good practice of digital security."},
        "kind": "adult_course", "provider": "fr-certifpro",
        "modes": ["part_time", "blended", "online"], "languages": ["fr"], "field": "0611",
        "awards": "fr-clea-numerique", "parallel": True,
        "support": {"fewer_opportunities": True, "mobility": False},
        "unknown_reason": {"en": "Length and cost depend on the initial assessment and on the assessing body; usually funded (CPF, region, employer). No ECTS and no EQF level: it is a Répertoire spécifique certification.",
                           "fr": "Durée et coût selon l'évaluation préalable et l'organisme ; financement CPF, région ou employeur. Pas d'ECTS ni de niveau."},
        "url": URL_CLEA_CAP,
        "note": {"en": "A small assessed certificate with stated learning outcomes (the 4 competences above), but without ECTS or EQF level, so it is recorded as an adult course rather than a micro-credential in the sense of the 2022 Council Recommendation. Assessment by a body habilitated by Certif'Pro (initial assessment, training if needed, final assessment); created by decree (JO of 11 September 2018); Répertoire spécifique; eligible for the CPF. It stacks into no diploma in this dataset.",
                 "fr": "Petite certification évaluée, sans ECTS ni niveau ; ne se capitalise dans aucun diplôme de ce jeu de données."},
        "source": {"reference": "Cap Métiers Nouvelle-Aquitaine : certificats CléA, CléA Numérique et CléA Management ; décret du 11 septembre 2018 (Paritarisme emploi formation)",
                   "url": URL_CLEA_CAP, "certainty": "real", "retrieved": R,
                   "quote": "Cléa Numérique | … Acquisition des usages fondamentaux du numérique. | … 4 compétences : – identifier son environnement et utiliser les outils associés ; – acquérir et exploiter de l’information dans un environnement professionnel numérisé ; – interagir en mode collaboratif ; – appliquer les règles et bonnes pratiques de l",
                   "legal_basis": "Décret publié au Journal officiel du 11 septembre 2018 (module complémentaire du socle, Code du travail D6113-2)"},
    },
    {
        "id": "fr-vae-cnam-licence",
        "title": {"fr": "VAE : Licence informatique du Cnam (parcours France VAE / Cnam)", "en": "Validation of prior experience (VAE) towards the Cnam licence in computer science"},
        "description": {"fr": "Le candidat constitue un dossier de validation et passe devant un jury qui décide une validation totale (diplôme délivré), partielle (unités acquises définitivement, le reste à suivre) ou un refus.",
                        "en": "The candidate prepares a validation file and meets a jury that decides a full award (diploma), a partial award (units acquired for good, the rest to study) or a refusal."},
        "kind": "validation_procedure", "provider": "fr-cnam", "eqf": 6,
        "national_level": {"framework": "CNCP", "level": "6"},
        "modes": ["part_time", "online"], "languages": ["fr"], "field": "0613",
        "awards": "fr-cnam-licence-info",
        "unknown_reason": {"en": "The length depends on the candidate (file, support, jury date) and the cost on the funding; no single figure is published.",
                           "fr": "La durée dépend du candidat et le coût du financement ; aucun chiffre unique publié."},
        "url": URL_VAE_C2RP,
        "note": {"en": "Any certification registered in the RNCP can be obtained by VAE, including a university licence; no minimum duration of experience since Loi 2022-1598 (so no entry condition in the data). A partial award leaves the missing units to be taken in the Cnam licence (fr-cnam-licence-info).",
                 "fr": "Toute certification RNCP, y compris une licence, peut s'obtenir par VAE ; aucune durée minimale depuis la loi 2022-1598."},
        "source": SRC_VAE_NOMIN,
    },
]

# ---------------------------------------------------------------- rules (recognition: advanced entry / credit)
rules = [
    {
        "id": "fr-r-cnam-l3-bts-sio",
        "from": ["fr-bts-0613"], "to": "fr-cnam-licence-info",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "articulation", "origin": "higher_education",
        "issuer": "Cnam, département informatique",
        "note": {"en": "The Cnam lists the 'BTS informatique de gestion' (the predecessor of today's BTS SIO) and other level-III (now level 5) computing diplomas as exempting from L1 and L2. That the current BTS SIO counts as such a 'diplôme informatique de niveau III' is our reading; ask the Cnam to confirm. The diploma also needs one year of professional experience in the field.",
                 "fr": "Le Cnam cite le BTS informatique de gestion (prédécesseur du BTS SIO) et tout diplôme informatique de niveau III (niveau 5) qui dispense de L1 et L2.", "de": "Das Cnam nennt das „BTS informatique de gestion“ (den Vorgänger des heutigen BTS SIO) und andere Informatikdiplome der Stufe III (heute Stufe 5) als befreiend von L1 und L2. Dass das heutige BTS SIO als solches „diplôme informatique de niveau III“ gilt, ist unsere Lesart; eine Bestätigung beim Cnam einholen. Das Diplom setzt außerdem ein Jahr Berufserfahrung im Fachgebiet voraus."},
        "documents": [{"fr": "Diplôme du BTS, relevé de notes", "en": "BTS diploma and transcript", "de": "BTS-Diplom und Notenübersicht"}],
        "source": SRC_CNAM_L3,
    },
    {
        "id": "fr-r-cnam-l3-dut-info",
        "from": ["fr-dut-info"], "to": "fr-cnam-licence-info",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "articulation", "origin": "higher_education",
        "issuer": "Cnam, département informatique",
        "note": {"en": "DUT informatique (now awarded as the intermediate diploma after two years of the BUT Informatique): entry into L3 of the Cnam licence.",
                 "fr": "DUT informatique : admission en L3 de la licence du Cnam.", "de": "DUT informatique (heute als Zwischendiplom nach zwei Jahren des BUT Informatique verliehen): Einstieg in L3 der Licence des Cnam."},
        "source": SRC_CNAM_L3,
    },
    {
        "id": "fr-r-cnam-l3-analyste",
        "from": ["fr-titre-analyste-programmeur"], "to": "fr-cnam-licence-info",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "articulation", "origin": "outside_he",
        "issuer": "Cnam, département informatique",
        "note": {"en": "A professional title (RNCP 'analyste programmeur', level III / now 5) obtained outside higher education also exempts from L1 and L2 of the Cnam licence.",
                 "fr": "Le titre RNCP analyste programmeur dispense des niveaux L1 et L2.", "de": "Ein außerhalb der Hochschule erworbener Berufstitel (RNCP „analyste programmeur“, Stufe III / heute 5) befreit ebenfalls von L1 und L2 der Licence des Cnam."},
        "source": SRC_CNAM_L3,
    },
    {
        "id": "fr-r-lyon1-l3-bts",
        "from": ["fr-bts-0613"], "to": "fr-lyon1-licence-info",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "individual", "origin": "higher_education",
        "issuer": "Université Lyon 1, commission pédagogique",
        "note": {"en": "No automatic equivalence: the university examines the file and may instead place a BTS/DUT holder in L2 or L1. Year 3 is the best case, not a promise.",
                 "fr": "Aucune équivalence automatique : admission en L3 sur dossier, parfois en L2 voire L1.", "de": "Keine automatische Gleichwertigkeit: Die Universität prüft die Unterlagen und kann Inhaberinnen und Inhaber eines BTS/DUT stattdessen in L2 oder L1 einstufen. Das 3. Jahr ist der günstigste Fall, keine Zusage."},
        "source": SRC_L3_NOT_AUTO,
    },
    {
        "id": "fr-r-lyon1-l3-dut",
        "from": ["fr-dut-info"], "to": "fr-lyon1-licence-info",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "individual", "origin": "higher_education",
        "issuer": "Université Lyon 1, commission pédagogique",
        "note": {"en": "A DUT holder may be admitted to L3 on file; no automatic equivalence (the university may propose L2 or L1).",
                 "fr": "Admission en L3 sur dossier ; pas d'équivalence automatique.", "de": "Inhaberinnen und Inhaber eines DUT können nach Prüfung der Unterlagen in L3 zugelassen werden; keine automatische Gleichwertigkeit (die Universität kann L2 oder L1 vorschlagen)."},
        "source": SRC_L3_NOT_AUTO,
    },
    {
        "id": "fr-r-but-dut-geii",
        "from": ["fr-dut-geii"], "to": "fr-but-geii-troyes",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "individual", "origin": "higher_education",
        "issuer": "IUT de Troyes, jury / commission d'admission",
        "note": {"en": "The DUT GEII is the intermediate diploma awarded after the first 120 ECTS of the BUT GEII; the BUT is completed with 60 more ECTS (year 3, S5–S6). For a DUT obtained elsewhere, entry into S5 is decided by the IUT's admission jury.",
                 "fr": "Le DUT GEII est délivré après 120 ECTS du BUT ; le BUT s'obtient avec 60 ECTS de plus (S5-S6). Pour un DUT obtenu ailleurs, entrée en S5 sur décision du jury.", "de": "Das DUT GEII ist das Zwischendiplom, das nach den ersten 120 ECTS des BUT GEII verliehen wird; das BUT wird mit weiteren 60 ECTS abgeschlossen (3. Jahr, S5–S6). Bei einem anderswo erworbenen DUT entscheidet die Zulassungsjury des IUT über den Einstieg in S5."},
        "source": SRC_BUT_S5,
    },
    {
        "id": "fr-r-cnam-l3-dpct",
        "from": ["fr-dpct-info"], "to": "fr-cnam-licence-info",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "articulation", "origin": "higher_education",
        "issuer": "Cnam, département informatique",
        "note": {"en": "The Cnam's own first-cycle technical diploma in computing (DPCT, level III = today's level 5) exempts from L1 and L2 of its licence. The DPCT is no longer awarded under that name; the rule matters for holders of older Cnam diplomas.",
                 "fr": "Le DPCT informatique du Cnam (niveau III) dispense de L1 et L2.", "de": "Das eigene technische Diplom des ersten Zyklus in Informatik des Cnam (DPCT, Stufe III = heute Stufe 5) befreit von L1 und L2 seiner Licence. Das DPCT wird unter diesem Namen nicht mehr verliehen; die Regel ist für Inhaberinnen und Inhaber älterer Cnam-Diplome von Bedeutung."},
        "source": SRC_CNAM_L3,
    },
    {
        "id": "fr-r-insa-y3-dut-info",
        "from": ["fr-dut-info"], "to": "fr-insa-lyon-info",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "individual", "origin": "higher_education",
        "issuer": "Groupe INSA, jury commun d'admission / commission inter-INSA",
        "note": {"en": "Direct entry into year 3 (first year of the engineering cycle) is open to DUT holders whose DUT is on the list the INSA publishes for the speciality; admission is selective (file, possibly interview). 120 of 300 ECTS, 36 months left.",
                 "fr": "Admission directe en 3e année ouverte aux DUT de la liste de l'INSA pour la spécialité ; sélection sur dossier.", "de": "Der direkte Einstieg ins 3. Jahr (erstes Jahr des Ingenieurzyklus) steht Inhaberinnen und Inhabern eines DUT offen, das auf der Liste steht, die das INSA für die Fachrichtung veröffentlicht; die Zulassung ist selektiv (Bewerbungsunterlagen, ggf. Gespräch). 120 von 300 ECTS, 36 Monate verbleiben."},
        "documents": [{"fr": "Relevés de notes du DUT / BUT 1-2, lettre de motivation", "en": "DUT (BUT years 1–2) transcripts, motivation letter", "de": "Notenübersichten des DUT (BUT 1.–2. Jahr), Motivationsschreiben"}],
        "source": SRC_INSA_Y3,
    },
    {
        "id": "fr-r-insa-y3-bts-sio",
        "from": ["fr-bts-0613"], "to": "fr-insa-lyon-info",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "individual", "origin": "higher_education",
        "issuer": "Groupe INSA, jury commun d'admission",
        "note": {"en": "Possible only if the BTS SIO is on the list the INSA sets for the computer-science speciality (not checked on a stored page); BTS holders are a small share of INSA bac+2 entrants. Best case, not a promise.",
                 "fr": "Seulement si le BTS SIO figure sur la liste de l'INSA pour la spécialité (non vérifié) ; meilleur cas.", "de": "Nur möglich, wenn das BTS SIO auf der Liste steht, die das INSA für die Fachrichtung Informatik festlegt (nicht auf einer gespeicherten Seite geprüft); BTS-Inhaberinnen und -Inhaber sind ein kleiner Teil der Bac+2-Einsteiger am INSA. Günstigster Fall, keine Zusage."},
        "source": SRC_INSA_Y3,
    },
    {
        "id": "fr-r-insa-y3-lyon1",
        "from": ["fr-lyon1-licence-info"], "to": "fr-insa-lyon-info",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "individual", "origin": "higher_education",
        "issuer": "Groupe INSA, jury commun d'admission",
        "note": {"en": "At least 120 ECTS of a scientific licence open direct entry into year 3 (selection on file). A completed licence (180 ECTS) meets the condition; the arrêté's separate chapter on direct entry into year 4 was not read, so year 3 is recorded.",
                 "fr": "Au moins 120 ECTS de licence scientifique : admission directe en 3e année sur dossier.", "de": "Mindestens 120 ECTS einer naturwissenschaftlichen Licence eröffnen den direkten Einstieg ins 3. Jahr (Auswahl nach Bewerbungsunterlagen). Eine abgeschlossene Licence (180 ECTS) erfüllt die Bedingung; das eigene Kapitel des arrêté zum direkten Einstieg ins 4. Jahr wurde nicht gelesen, daher ist das 3. Jahr erfasst."},
        "source": SRC_INSA_Y3,
    },
    {
        "id": "fr-r-insa-y3-cnam-licence",
        "from": ["fr-cnam-licence-info"], "to": "fr-insa-lyon-info",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "individual", "origin": "higher_education",
        "issuer": "Groupe INSA, jury commun d'admission",
        "note": {"en": "Same condition as fr-r-insa-y3-lyon1: a licence path of at least 120 ECTS in science and technology.",
                 "fr": "Même condition : parcours de licence d'au moins 120 ECTS.", "de": "Dieselbe Bedingung wie bei fr-r-insa-y3-lyon1: ein Licence-Studium von mindestens 120 ECTS in Naturwissenschaft und Technik."},
        "source": SRC_INSA_Y3,
    },
    {
        "id": "fr-r-insa-y3-dut-geii",
        "from": ["fr-dut-geii"], "to": "fr-insa-lyon-ge",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "individual", "origin": "higher_education",
        "issuer": "Groupe INSA, jury commun d'admission",
        "note": {"en": "DUT GEII into the electrical-engineering speciality, if on the INSA list (the natural match; the list itself was not read). Selection on file.",
                 "fr": "DUT GEII vers la spécialité génie électrique, s'il figure sur la liste de l'INSA.", "de": "DUT GEII in die Fachrichtung Elektrotechnik, wenn es auf der INSA-Liste steht (die naheliegende Zuordnung; die Liste selbst wurde nicht gelesen). Auswahl nach Bewerbungsunterlagen."},
        "source": SRC_INSA_Y3,
    },
    {
        "id": "fr-r-insa-y3-bts-ciel",
        "from": ["fr-bts-ciel"], "to": "fr-insa-lyon-ge",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "individual", "origin": "higher_education",
        "issuer": "Groupe INSA, jury commun d'admission",
        "note": {"en": "BTS CIEL into electrical engineering, only if the INSA lists it for this speciality (not checked). Many BTS holders first take a one-year ATS preparatory class; that route is not modelled.",
                 "fr": "BTS CIEL vers génie électrique, seulement s'il figure sur la liste de l'INSA (non vérifié).", "de": "BTS CIEL in die Elektrotechnik, nur wenn das INSA es für diese Fachrichtung aufführt (nicht geprüft). Viele BTS-Inhaberinnen und -Inhaber besuchen zuerst eine einjährige Vorbereitungsklasse ATS; dieser Weg ist nicht abgebildet."},
        "source": SRC_INSA_Y3,
    },
    {
        "id": "fr-r-but-geii-bts-ciel",
        "from": ["fr-bts-ciel"], "to": "fr-but-geii-troyes",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "individual", "origin": "higher_education",
        "issuer": "IUT de Troyes, jury d'admission",
        "note": {"en": "BUT programmes foresee entries in semesters S2, S3 and S5, 'notamment après un BTS'. Entering S5 (year 3) is the best case; IUTs may instead place a BTS holder in year 2 (the Auvergne-Rhône-Alpes IUTs said they prefer BUT 2 for BTS holders). Not a promise.",
                 "fr": "Entrée en S5 possible après un BTS (meilleur cas) ; certains IUT préfèrent la 2e année.", "de": "BUT-Studiengänge sehen Einstiege in den Semestern S2, S3 und S5 vor, „notamment après un BTS“. Der Einstieg in S5 (3. Jahr) ist der günstigste Fall; die IUT können BTS-Inhaberinnen und -Inhaber stattdessen ins 2. Jahr einstufen (die IUT der Region Auvergne-Rhône-Alpes gaben an, für BTS-Inhaber das BUT 2 vorzuziehen). Keine Zusage."},
        "source": SRC_BUT_S5,
    },
]

dataset = {
    "format": "pathways-dataset", "version": 1,
    "meta": {"title": {"en": "Pathways Planner demo dataset: France (curated, issue 12)", "fr": "Pathways Planner, données de démonstration : France (vérifiées)"},
             "publisher": "Pathways Planner demo",
             "license": "CC BY 4.0 (compilation); facts from the sources cited per item",
             "retrieved": R},
    "providers": providers, "credentials": credentials, "offers": offers, "rules": rules,
}

def _clean(x):
    if isinstance(x, dict):
        return {k: _clean(v) for k, v in x.items() if v is not None}
    if isinstance(x, list):
        return [_clean(v) for v in x]
    return x

if __name__ == "__main__":
    print(json.dumps(_clean(dataset), ensure_ascii=False, indent=2))
