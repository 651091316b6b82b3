"""Belgium, Flemish Community: curated records, one dict per record (issue 12). Generate with:
python3 pathways-data/sources/be.py > pathways-data/demo/be.json
Every fact was read in a stored copy of the page named in `source.url` (retrieved 2026-12-01).
Fees: Flemish studiegeld = fixed part + amount per studiepunt, the same at every hogeschool and universiteit.
Latest year found in the store: 2023/24, EUR 282.10 + EUR 13.50/sp (onderwijskiezer.be). Totals = fee x years."""
import json

R = "2026-12-01"
FIX_2324 = 282.10   # vast gedeelte niet-beurstariefstudent 2023-2024
SP_2324 = 13.50     # variabel gedeelte per studiepunt 2023-2024


def fee(years, sp):
    """Total studiegeld 2023/24 for a programme of `years` academic years and `sp` studiepunten."""
    return round(years * FIX_2324 + sp * SP_2324, 2)


# ---------------------------------------------------------------- sources (one per page)
URL_FEES = "https://www.onderwijskiezer.be/v2/hoger/hoger_financien.php"
URL_TOEL = "https://www.onderwijs.vlaanderen.be/nl/toelatingsvoorwaarden-hoger-onderwijs"
URL_TOELONDERZOEK = "https://toelatingsonderzoek.be/"
URL_KDG_HO = "https://www.kdg.be/studeren-het-hoger-onderwijs"
URL_BVR_VERPL = "https://data-onderwijs.vlaanderen.be/edulex/document.aspx?docid=14991"
URL_OK_PBA_VERPL = "https://www.onderwijskiezer.be/v2/hoger/hoger_detail.php?richting=45&var=BEL&sel1=10&sel2=&sel3="
URL_OK_HBO5_VERPL = "https://www.onderwijskiezer.be/v2/hoger/hoger_hbo_detail.php?richting=70"
URL_WV = "https://www.wordverpleegkundige.be/opleidingsniveaus"
URL_WV_VRIJ = "https://www.wordverpleegkundige.be/vrijstellingenbeleid"
URL_TM_VERKORT = "https://onderwijsaanbodkempen.thomasmore.be/opleidingen/v/e/SC_54052507.htm"
URL_TISCA = "https://site.tisca.be/studieaanbod/hbo5-verpleegkunde/"
URL_VESALIUS = "https://vesaliusverpleegkunde.be/kortrijk/nl/inschrijvingen/diploma-voorwaarden"
URL_SOA_EVK = "https://www.stedelijkonderwijs.be/hbo5verpleegkunde/vrijstellingen-hbo5-verpleegkunde-op-basis-van-eerder-verworven-kwalificaties-evk"
URL_SOA_EVC = "https://www.stedelijkonderwijs.be/hbo5verpleegkunde/vrijstellingen-hbo5-verpleegkunde-op-basis-van-eerder-verworven-competenties-evc"
URL_PXL_GRAD = "https://www.pxl.be/Pub/Studenten/Subnavigatie-Studenten-Leven-aan-Hogeschool-PXL-Studeren/De-nieuwe-graduaatsopleidingen.html"
URL_PXL_GRAD2 = "https://www.pxl.be/Pub/Studenten/Subnavigatie-Studenten-Leven-aan-Hogeschool-PXL-Studeren/De-graduaatsopleidingen-van-morgen.html"
URL_HLN_PXL_35 = "https://www.hln.be/regio/hasselt/hogeschool-pxl-zet-fors-in-op-werkplekleren~affb6de9/"
URL_HLN_WERFORG = "https://www.hln.be/in-de-buurt/hasselt/hogeschool-pxl-confederatie-bouw-limburg-en-vdab-starten-graduaat-werforganisatie-en-mikken-ook-op-oudere-studenten~a5f03019/"
URL_HLN_PXL_BOUW = "https://www.hln.be/in-de-buurt/hasselt/limburgse-bouwbedrijven-staan-te-springen-om-talent-topstudent-bouw-krijgen-voortaan-3-jaar-inschrijvingsgeld-terugbetaald~a9aa8f03/"
URL_HLN_TM_GRAD = "https://www.hln.be/regio/geel/thomas-more-start-met-15-graduaatsopleidingen~a447116b/"
URL_UA_SCHAKEL_MLM = "https://www.uantwerpen.be/nl/studeren/aanbod/alle-opleidingen/maritiem-en-logistiek-management/toelating-en-inschrijven/schakelprogramma/"
URL_UA_SCHAKEL_RECHTEN = "https://www.uantwerpen.be/nl/studeren/aanbod/alle-opleidingen/master-rechten/schakelprogramma/"
URL_PHL_SCHAKEL = "http://www.phl.be/eCache/DEF/5/398.html"
URL_UA_EVC = "https://www.uantwerpen.be/nl/studeren/flexibel-studeren/erkenning-evc/"
URL_AUHA_EVC = "https://www.auha.be/onderwijs/evc/"
URL_AUHA_PAT = "https://www.auha.be/afwijkende-toelating-hoger-onderwijs/"
URL_UAB_EVC = "http://universitaireassociatiebrussel.be/onderwijs/evc/evc-procedure/"
URL_VL_VRIJSTELLING = "https://www.vlaanderen.be/een-vrijstelling-aanvragen-in-het-hoger-onderwijs-of-toegang-krijgen-tot-het-hoger-onderwijs-via-eerdere-studies-of-werkervaring"
URL_VL_EVC_TC = "https://www.vlaanderen.be/erkennen-van-verworven-competenties/beleidskader-evc-bij-een-erkend-testcentrum"
URL_EVC_NIEUWS = "http://erkennenvanverworvencompetenties.be/nieuws/"
URL_EVC_4STAPPEN = "http://erkennenvanverworvencompetenties.be/evc-professionals/evc-in-vier-stappen/"
URL_EXCOM = "https://vlaanderen.be/examencommissiesecundaironderwijs"
URL_EXCOM_FEE = "https://w.jabbeke.be/Productencatalogus.aspx?vid=680"
URL_EXCOM_DUUR = "http://www.hln.be/hln/nl/1265/Binnenland/article/detail/3204307/2017/07/09/1-500-mensen-behalen-diploma-secundair-onderwijs-via-examencommissie.dhtml?utm_medium=rss&utm_content=volghetnieuwsvanvandaaguitbelgi%C3%83%C2%ABenhetbuitenlandopdevoetophlnbe"
URL_VUB_DSS = "https://vub.be/en/studeren-aan-de-vub/alle-opleidingen/bachelor-en-masteropleidingen-aan-de-vub/decision-support-for-sustainability"
URL_VUB_SUST = "https://www.vub.be/en/studying-vub/all-study-programmes-vub/bachelors-and-masters-programmes-vub/sustainability"
URL_UA_MC = "https://www.uantwerpen.be/nl/studeren/aanbod/micro-credential/"
URL_NOVA = "https://nova-academy.be/nl/microcredentials"
URL_LEERKREDIET_TNA = "http://www.tna.be/studentenvoorzieningen/studeren/leerkrediet"

SRC_FEES = {
    "reference": "Onderwijskiezer: Financiën hoger onderwijs, geïndexeerde bedragen inschrijvingsgeld 2023-2024",
    "url": URL_FEES, "certainty": "real", "retrieved": R,
    "quote": "Er is geen kostenverschil tussen graduaatsopleidingen, initiële bachelor- en masteropleidingen, educatieve bachelor- en masteropleidingen, specifieke lerarenopleidingen, schakelprogramma’s, voorbereidingsprogramma’s en afzonderlijke opleidingsonderdelen. … Voor een niet-beursstudent met diplomacontract is dit dan 282,1 + (60 x 13,5 = 810) = 1092,1 €",
    "legal_basis": "Codex Hoger Onderwijs (studiegeld, jaarlijks geïndexeerd)",
}
FEE_NOTE_EN = "Studiegeld 2023/24 for a non-grant student: EUR 282.10 per academic year + EUR 13.50 per studiepunt (EUR 1,092.10 for 60 sp); the same at every Flemish institution. Grant students pay less. 2024/25 and later amounts were not found in the store."
FEE_NOTE_NL = "Studiegeld 2023-2024 niet-beurstariefstudent: € 282,10 per academiejaar + € 13,50 per studiepunt (€ 1.092,10 voor 60 sp)."

# ---------------------------------------------------------------- providers
providers = [
    {"id": "be-thomas-more", "name": {"nl": "Thomas More Hogeschool", "en": "Thomas More University of Applied Sciences"}, "country": "BE", "nuts": "BE2", "url": "https://www.thomasmore.be"},
    {"id": "be-pxl", "name": {"nl": "Hogeschool PXL", "en": "PXL University of Applied Sciences and Arts"}, "country": "BE", "nuts": "BE2", "url": "https://www.pxl.be"},
    {"id": "be-uantwerpen", "name": {"nl": "Universiteit Antwerpen", "en": "University of Antwerp"}, "country": "BE", "nuts": "BE2", "url": "https://www.uantwerpen.be"},
    {"id": "be-auha", "name": {"nl": "Associatie Universiteit & Hogescholen Antwerpen (AUHA)", "en": "Antwerp University & University Colleges Association (AUHA)"}, "country": "BE", "nuts": "BE2", "url": "https://www.auha.be"},
    {"id": "be-uab", "name": {"nl": "Universitaire Associatie Brussel (VUB en EhB)", "en": "University Association of Brussels (VUB and EhB)"}, "country": "BE", "nuts": "BE1", "url": "http://universitaireassociatiebrussel.be"},
    {"id": "be-vub", "name": {"nl": "Vrije Universiteit Brussel", "en": "Vrije Universiteit Brussel (VUB)"}, "country": "BE", "nuts": "BE1", "url": "https://www.vub.be"},
    {"id": "be-tisca", "name": {"nl": "TISCA – HBO5 Verpleegkunde Sint-Carolus", "en": "TISCA – HBO5 Nursing Sint-Carolus"}, "country": "BE", "nuts": "BE2", "url": "https://site.tisca.be"},
    {"id": "be-vesalius", "name": {"nl": "Vesalius HBO5 Verpleegkunde (Kortrijk)", "en": "Vesalius HBO5 Nursing school (Kortrijk)"}, "country": "BE", "nuts": "BE2", "url": "https://vesaliusverpleegkunde.be"},
    {"id": "be-so-antwerpen", "name": {"nl": "Stedelijk Onderwijs Antwerpen – HBO5 Verpleegkunde", "en": "City of Antwerp education – HBO5 Nursing"}, "country": "BE", "nuts": "BE2", "url": "https://www.stedelijkonderwijs.be/hbo5verpleegkunde"},
    {"id": "be-associaties", "name": {"nl": "De vijf Vlaamse associaties (Vlaanderenbrede toelatingsproef graduaatsopleidingen)", "en": "The five Flemish higher-education associations (Flanders-wide graduate admission test)"}, "country": "BE", "nuts": "BE2", "url": "https://toelatingsonderzoek.be/"},
    {"id": "be-examencommissie", "name": {"nl": "Examencommissie secundair onderwijs (AHOVOKS, Vlaamse overheid)", "en": "Examination board for secondary education (Flemish government, AHOVOKS)"}, "country": "BE", "nuts": "BE1", "url": "https://vlaanderen.be/examencommissiesecundaironderwijs"},
    {"id": "be-evc-testcentra", "name": {"nl": "Erkende EVC-testcentra (o.a. centra voor volwassenenonderwijs, VDAB)", "en": "Recognised EVC assessment centres (e.g. adult education centres, VDAB)"}, "country": "BE", "nuts": "BE2", "url": "https://www.vlaanderen.be/erkennen-van-verworven-competenties/beleidskader-evc-bij-een-erkend-testcentrum"},
]

# ---------------------------------------------------------------- credentials (declared)
credentials = [
    {"id": "be-diploma-so", "title": {"nl": "Diploma secundair onderwijs (aso, tso, kso, of bso na het 7de jaar)", "en": "Flemish secondary education diploma"}, "eqf": 4, "country": "BE"},
    {"id": "be-studiegetuigschrift-bso", "title": {"nl": "Studiegetuigschrift van het tweede leerjaar van de derde graad secundair onderwijs (6de jaar bso)", "en": "Certificate of the 6th year of vocational secondary education (bso), without diploma"}, "country": "BE"},
    {"id": "be-gegradueerde-verpl", "title": {"nl": "Diploma van gegradueerde in de verpleegkunde (HBO5 Verpleegkunde)", "en": "Diploma of graduate nurse (HBO5 Nursing)"}, "eqf": 5, "field": "0913", "country": "BE"},
    {"id": "be-bvb-auha", "title": {"nl": "Bewijs van bekwaamheid (EVC-procedure AUHA)", "en": "Certificate of competence from the AUHA EVC procedure"}, "country": "BE"},
    {"id": "be-bvb-uab", "title": {"nl": "Bewijs van bekwaamheid (EVC-bekwaamheidsonderzoek Universitaire Associatie Brussel)", "en": "Certificate of competence from the Brussels university association EVC procedure"}, "country": "BE"},
    {"id": "be-pba-bm-rechtspraktijk", "title": {"nl": "Professionele bachelor in het bedrijfsmanagement, optie rechtspraktijk", "en": "Professional bachelor in business management, option legal practice"}, "eqf": 6, "field": "0421", "country": "BE"},
]

ENTRY_BACHELOR = {"type": "any_of", "any": [
    {"type": "credential", "credential": "be-diploma-so"},
    {"type": "credential", "credential": "be-toelatingsbewijs-pat"},
    {"type": "level", "min_eqf": 5, "country": "BE"},
]}
ENTRY_GRADUAAT = {"type": "any_of", "any": [
    {"type": "credential", "credential": "be-diploma-so"},
    {"type": "credential", "credential": "be-studiegetuigschrift-bso"},
    {"type": "credential", "credential": "be-toelatingsbewijs-graduaat"},
    {"type": "level", "min_eqf": 5, "country": "BE"},
]}
ENTRY_HBO5_VERPL = {"type": "any_of", "any": [
    {"type": "credential", "credential": "be-diploma-so"},
    {"type": "credential", "credential": "be-studiegetuigschrift-bso"},
    {"type": "level", "min_eqf": 5, "country": "BE"},
]}
SRC_TOEL_GRAD = {
    "reference": "Onderwijs Vlaanderen: Toelatingsvoorwaarden hoger onderwijs (graduaat en bachelor)",
    "url": URL_TOEL, "certainty": "real", "retrieved": R,
    "quote": "Studiegetuigschrift van het tweede leerjaar van de derde graad van het secundair onderwijs, dat minstens 3 jaar voor de inschrijving in de graduaatsopleiding behaald is … Als je een diploma secundair onderwijs hebt, kan je je inschrijven voor een bacheloropleiding. Het mag een diploma aso, tso, kso of bso zijn. Een getuigschrift bso is niet voldoende.",
    "legal_basis": "Codex Hoger Onderwijs (toelatingsvoorwaarden)",
}

# ---------------------------------------------------------------- offers
offers = [
    # --- nursing: HBO5 (VKS 5, 3 years at secondary nursing schools) and the 240-sp professional bachelor
    {
        "id": "be-hbo5-verpl-tisca",
        "title": {"nl": "HBO5 Verpleegkunde (diploma van gegradueerde in de verpleegkunde) – Sint-Carolus", "en": "HBO5 Nursing (diploma of graduate nurse) – Sint-Carolus"},
        "kind": "short_cycle_he", "provider": "be-tisca", "eqf": 5,
        "national_level": {"framework": "VKS", "level": "5"},
        "duration_months": 36, "years": 3,
        "modes": ["full_time", "work_based"], "languages": ["nl"], "field": "0913",
        "starts": ["--09-01", "--02-01"],
        "cost": {"amount": 0, "currency": "EUR"},
        "awards": "be-gegradueerde-verpl", "entry": ENTRY_HBO5_VERPL,
        "url": URL_TISCA,
        "note": {"en": "Five modules: modules 1–4 one semester (20 weeks) each, module 5 two semesters (40 weeks) = 3 years. No enrolment fee; only costs made during a module are charged (amount not stated; year of the page not stated). HBO5 Nursing stayed outside the hogescholen when the other HBO5 programmes became graduaatsopleidingen (2019). The page says graduates can earn a bachelor in nursing through a shortened route.",
                 "nl": "Vijf modules (1–4: elk 20 weken; 5: 40 weken). Geen inschrijvingsgeld; enkel kosten tijdens de module."},
        "source": {"reference": "TISCA, HBO5 Verpleegkunde Sint-Carolus: opleidingspagina", "url": URL_TISCA, "certainty": "real", "retrieved": R,
                   "quote": "Module 1 t.e.m. 4 omvatten elk 20 weken of 1 semester, module 5 omvat 40 weken of 2 semesters. … Er wordt geen inschrijvingsgeld gevraagd. Enkel kosten die gemaakt worden tijdens de module worden aangerekend. … Na de opleiding ben je als verpleegkundige breed inzetbaar in de gezondheidszorg of kan je via een verkort traject een bachelor in de  verpleegkunde behalen."},
    },
    {
        "id": "be-hbo5-verpl-vesalius",
        "title": {"nl": "HBO5 Verpleegkunde (diploma van gegradueerde in de verpleegkunde) – Vesalius Kortrijk", "en": "HBO5 Nursing (diploma of graduate nurse) – Vesalius Kortrijk"},
        "kind": "short_cycle_he", "provider": "be-vesalius", "eqf": 5,
        "national_level": {"framework": "VKS", "level": "5"},
        "duration_months": 36, "years": 3,
        "modes": ["full_time", "work_based"], "languages": ["nl"], "field": "0913",
        "awards": "be-gegradueerde-verpl", "entry": ENTRY_HBO5_VERPL,
        "unknown_reason": {"en": "The school's page gives no fee; HBO5 Nursing schools set their own course costs.", "nl": "De schoolpagina vermeldt geen kosten."},
        "url": URL_VESALIUS,
        "note": {"en": "Duration: 3 years, 5 modules over 6 semesters (onderwijskiezer.be, for all HBO5 Nursing schools). After modules 'Initiatie verpleegkunde' and 'Verpleegkundige basiszorg' a student can register as zorgkundige. Without a recognised certificate, admission after an admission test and a positive decision of the toelatingsklassenraad.",
                 "nl": "3 jaar, 5 modules over 6 semesters (onderwijskiezer). Toelatingsproef mogelijk zonder studiebewijs."},
        "source": {"reference": "Vesalius HBO5 Verpleegkunde Kortrijk: Diploma & voorwaarden; Onderwijskiezer: Verpleegkunde – Graduaatsopleiding (HBO5)", "url": URL_VESALIUS, "certainty": "real", "retrieved": R,
                   "quote": "Als je alle modules succesvol doorlopen hebt krijg je het Diploma van Gegradueerde in de Verpleegkunde’. Dit diploma, afgeleverd door de Vlaamse Gemeenschap, geeft recht op de beroepstitel van ‘gegradueerd verpleegkundige’."},
    },
    {
        "id": "be-hbo5-verpl-antwerpen",
        "title": {"nl": "HBO5 Verpleegkunde – Stedelijk Onderwijs Antwerpen", "en": "HBO5 Nursing – City of Antwerp education"},
        "kind": "short_cycle_he", "provider": "be-so-antwerpen", "eqf": 5,
        "national_level": {"framework": "VKS", "level": "5"},
        "duration_months": 36, "years": 3,
        "modes": ["full_time", "work_based"], "languages": ["nl"], "field": "0913",
        "awards": "be-gegradueerde-verpl", "entry": ENTRY_HBO5_VERPL,
        "unknown_reason": {"en": "No fee is stated on the stored pages of this school.", "nl": "Geen kosten vermeld op de bewaarde pagina's."},
        "url": URL_SOA_EVK,
        "note": {"en": "Duration from onderwijskiezer.be (3 years, 5 modules, 6 semesters). Module exemptions on the basis of EVK (apply at the latest one week after enrolment) or EVC (portfolio; at the latest seven days after enrolment); decision within 20 working days.",
                 "nl": "Vrijstellingen per module op basis van EVK of EVC; beslissing binnen 20 werkdagen."},
        "source": {"reference": "Onderwijskiezer: Verpleegkunde – Graduaatsopleiding (HBO5)", "url": URL_OK_HBO5_VERPL, "certainty": "real", "retrieved": R,
                   "quote": "HBO5- Verpleegkunde  behoort tot het hoger onderwijs en situeert zich tussen het secundair onderwijs (SO) en de Professionele bachelor 5Pba). Het behoort tot het niveau 5 van de  Vlaamse kwalificatiestructuur. De volledige opleiding duurt 3 jaar en bestaat uit 5 modules verspreid over 6 semesters"},
    },
    {
        "id": "be-pba-verpl-tm",
        "title": {"nl": "Bachelor in de verpleegkunde (professionele bachelor) – Thomas More Kempen, incl. verkort traject voor HBO5-verpleegkundigen (Lier)", "en": "Bachelor of Nursing (professional bachelor) – Thomas More Kempen, incl. short programme for HBO5 nurses (Lier)"},
        "kind": "bachelor", "provider": "be-thomas-more", "eqf": 6,
        "national_level": {"framework": "VKS", "level": "6"},
        "credits": {"value": 240, "system": "ects"}, "duration_months": 48, "years": 4,
        "modes": ["full_time", "part_time"], "languages": ["nl"], "field": "0913", "starts": ["--09-01"],
        "cost": {"amount": fee(4, 240), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-pba-verpl", "entry": ENTRY_BACHELOR,
        "url": URL_TM_VERKORT,
        "note": {"en": "240 studiepunten / 4 years since 2016-17 (Besluit Vlaamse Regering 15 July 2016). At least 2,300 hours of clinical placement (EU directive). Cost = 4 × EUR 282.10 + 240 × EUR 13.50 = EUR 4,368.40 (2023/24 studiegeld, i.e. 4 × EUR 1,092.10). " + FEE_NOTE_EN,
                 "nl": "240 studiepunten / 4 jaar sinds 2016-2017. Kosten = 4 × € 1.092,10 (2023-2024). " + FEE_NOTE_NL},
        "source": {"reference": "Besluit van de Vlaamse Regering van 15 juli 2016 tot uitbreiding van de studieomvang van de bachelor in de verpleegkunde (B.S. 05/08/2016); Thomas More programme page (240 ECTS)",
                   "url": URL_BVR_VERPL, "certainty": "real", "retrieved": R,
                   "quote": "De studieomvang van de professioneel gerichte bacheloropleiding bachelor in de verpleegkunde wordt uitgebreid tot 240 studiepunten. Deze studieomvanguitbreiding wordt jaar na jaar ingevoerd vanaf het academiejaar 2016-2017.",
                   "legal_basis": "BVR 15 juli 2016 (Codex Hoger Onderwijs art. II.67 en II.161)"},
    },
    # --- graduaat -> bachelor (PXL)
    {
        "id": "be-grad-werforg-pxl",
        "title": {"nl": "Graduaat Werforganisatie", "en": "Graduate programme (graduaat) Construction site organisation"},
        "kind": "short_cycle_he", "provider": "be-pxl", "eqf": 5,
        "national_level": {"framework": "VKS", "level": "5"},
        "credits": {"value": 120, "system": "ects"}, "duration_months": 24, "years": 2,
        "modes": ["full_time", "part_time", "work_based"], "languages": ["nl"], "field": "0732", "starts": ["--09-01"],
        "cost": {"amount": fee(2, 120), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-grad-werforg-pxl", "entry": ENTRY_GRADUAAT,
        "url": URL_HLN_WERFORG,
        "note": {"en": "Two-year graduaat started in September 2020 with Confederatie Bouw Limburg and VDAB, day and evening classes; work-based learning is one third of the programme. 120 sp is the standard size of a two-year graduaat (Thomas More: 'graduaatsopleiding (120 studiepunten)'); the programme's own study guide was not in the store. Evening route: three years (PXL). Cost = 2 × EUR 1,092.10 (2023/24). " + FEE_NOTE_EN,
                 "nl": "Tweejarig graduaat, dag- en avondonderwijs, 1/3 werkplekleren. Kosten = 2 × € 1.092,10 (2023-2024)."},
        "source": {"reference": "HLN 14 mei 2020: Hogeschool PXL, Confederatie Bouw Limburg en VDAB starten graduaat werforganisatie", "url": URL_HLN_WERFORG, "certainty": "real", "retrieved": R,
                   "quote": "Hogeschool PXL gaat vanaf september – in nauwe samenwerking met Confederatie Bouw Limburg en de VDAB – een nieuwe, tweejarige graduaatsopleiding werforganisatie starten. … Het werkplekleren – op de werkvloer zelf, goed voor een derde van de opleiding – kunnen en mogen die studenten bij hun eigen bedrijf inplannen."},
    },
    {
        "id": "be-pba-bouw-pxl",
        "title": {"nl": "Bachelor in de bouw (professionele bachelor) – PXL-Tech", "en": "Professional bachelor in construction – PXL-Tech"},
        "kind": "bachelor", "provider": "be-pxl", "eqf": 6,
        "national_level": {"framework": "VKS", "level": "6"},
        "credits": {"value": 180, "system": "ects"}, "duration_months": 36, "years": 3,
        "modes": ["full_time"], "languages": ["nl"], "field": "0732", "starts": ["--09-01"],
        "cost": {"amount": fee(3, 180), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-pba-bouw-pxl", "entry": ENTRY_BACHELOR,
        "url": URL_HLN_PXL_BOUW,
        "note": {"en": "The stored source (HLN 2019) names PXL's construction students, department PXL-Tech and 3 years of enrolment fees; the programme page itself was not in the store. 180 sp / 3 years is the standard professional bachelor (KdG, onderwijskiezer). Cost = 3 × EUR 1,092.10 (2023/24). " + FEE_NOTE_EN,
                 "nl": "Kosten = 3 × € 1.092,10 (2023-2024)."},
        "source": {"reference": "HLN 17 juni 2019: Confederatie Bouw Limburg en Hogeschool PXL starten met excellentieprogramma voor bouwstudenten", "url": URL_HLN_PXL_BOUW, "certainty": "real", "retrieved": R,
                   "quote": "PXL-bouwstudenten die meer kunnen en willen dan in hun reguliere opleiding, krijgen vanaf augustus de kans om - nog tijdens hun studies - sneller, langer en volwaardiger (met meer verantwoordelijkheden) in bouwbedrijven aan de slag te gaan. Hun beloning: … - voor de primus - een volledige terugbetaling van 3 jaar inschrijvingsgeld aan de hogeschool."},
    },
    # --- professional bachelor -> master via schakelprogramma (UAntwerpen)
    {
        "id": "be-ua-schakel-mlm",
        "title": {"nl": "Schakelprogramma Master in het maritiem en logistiek management", "en": "Bridging programme to the Master of Maritime and Logistics Management"},
        "kind": "he_module", "provider": "be-uantwerpen", "eqf": 6,
        "credits": {"value": 54, "system": "ects"}, "duration_months": 12, "years": 1,
        "modes": ["full_time"], "languages": ["nl"], "field": "0413", "starts": ["--09-01"],
        "cost": {"amount": fee(1, 54), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-ua-schakel-mlm", "entry": {"type": "level", "min_eqf": 6, "country": "BE"},
        "url": URL_UA_SCHAKEL_MLM,
        "note": {"en": "Open to some professional bachelors (check the admission list; otherwise apply online). Successful students receive a getuigschrift (no diploma) that admits them to the master. 54 sp; the master is 60 sp. Cost = EUR 282.10 + 54 × EUR 13.50 = EUR 1,011.10 (2023/24; schakelprogramma's cost the same per sp). The size of a schakelprogramma may be reduced to 30 sp on the basis of EVK or an ability test (Codex).",
                 "nl": "Getuigschrift (geen diploma) dat toegang geeft tot de master. Kosten € 1.011,10 (2023-2024)."},
        "source": {"reference": "Universiteit Antwerpen: Schakelprogramma maritiem en logistiek management", "url": URL_UA_SCHAKEL_MLM, "certainty": "real", "retrieved": R,
                   "quote": "Met een professioneel bachelordiploma (van een hogeschool) heb je nooit rechtstreekse toegang tot een academische masteropleiding, maar kan je soms wel instromen via een schakelprogramma. … Als je het schakelprogramma (54 sp) gevolgd hebt, mag je starten met het masterprogramma (60 sp)."},
    },
    {
        "id": "be-ua-ma-mlm",
        "title": {"nl": "Master in het maritiem en logistiek management", "en": "Master of Maritime and Logistics Management"},
        "kind": "master", "provider": "be-uantwerpen", "eqf": 7,
        "national_level": {"framework": "VKS", "level": "7"},
        "credits": {"value": 60, "system": "ects"}, "duration_months": 12, "years": 1,
        "modes": ["full_time"], "languages": ["nl"], "field": "0413", "starts": ["--09-01"],
        "cost": {"amount": fee(1, 60), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-ua-ma-mlm",
        "entry": {"type": "credential", "credential": "be-ua-schakel-mlm"},
        "url": URL_UA_SCHAKEL_MLM,
        "note": {"en": "Only the route via the schakelprogramma is modelled (academic bachelors enter directly; not in this dataset). Cost = EUR 1,092.10 (2023/24). " + FEE_NOTE_EN,
                 "nl": "Enkel de route via het schakelprogramma is gemodelleerd."},
        "source": {"reference": "Universiteit Antwerpen: Schakelprogramma maritiem en logistiek management (masterprogramma 60 sp)", "url": URL_UA_SCHAKEL_MLM, "certainty": "real", "retrieved": R,
                   "quote": "Als je het schakelprogramma (54 sp) gevolgd hebt, mag je starten met het masterprogramma (60 sp)."},
    },
    {
        "id": "be-ua-schakel-rechten",
        "title": {"nl": "Schakelprogramma Master in de rechten", "en": "Bridging programme to the Master of Laws"},
        "kind": "he_module", "provider": "be-uantwerpen", "eqf": 6,
        "modes": ["full_time"], "languages": ["nl"], "field": "0421",
        "awards": "be-ua-schakel-rechten",
        "entry": {"type": "credential", "credential": "be-pba-bm-rechtspraktijk"},
        "unknown_reason": {"en": "The stored page gives the admission requirement but not the size (studiepunten) of this schakelprogramma, so its length and fee are unknown (a schakelprogramma is 45–90 sp by law).",
                           "nl": "De pagina vermeldt de omvang niet (wettelijk 45–90 sp); duur en kosten onbekend."},
        "url": URL_UA_SCHAKEL_RECHTEN,
        "note": {"en": "Requires the professional bachelor in business management, option legal practice, with at least 100 sp of law courses or skills applied to law. Students attend the regular bachelor courses. A creditbewijs is in principle valid for 5 years for exemptions.",
                 "nl": "Vereist professionele bachelor bedrijfsmanagement optie rechtspraktijk met minstens 100 sp rechtsvakken."},
        "source": {"reference": "Universiteit Antwerpen: Schakelprogramma master rechten", "url": URL_UA_SCHAKEL_RECHTEN, "certainty": "real", "retrieved": R,
                   "quote": "Je hebt een diploma van professionele bachelor in het bedrijfsmanagement, optie rechtspraktijk (met minstens 100 studiepunten aan rechtsvakken en/of vaardigheden toegepast op rechtsvakken) nodig om te starten aan het schakelprogramma."},
    },
    # --- access routes without the usual certificate
    {
        "id": "be-toelatingsonderzoek-graduaat",
        "title": {"nl": "Toelatingsonderzoek graduaatsopleidingen (Vlaanderenbrede toelatingsproef)", "en": "Flanders-wide admission test for graduate programmes (graduaat)"},
        "kind": "adult_course", "provider": "be-associaties",
        "duration_months": 0,
        "modes": ["full_time"], "languages": ["nl"],
        "awards": "be-toelatingsbewijs-graduaat",
        "unknown_reason": {"en": "The test page states no fee.", "nl": "De pagina vermeldt geen kosten."},
        "url": URL_TOELONDERZOEK,
        "note": {"en": "For candidates without a qualifying diploma who are at least 18 (by 31 December) and meet the Dutch language requirement. One sitting of about 100 minutes (duration entered as 0 months). Four parts: vocabulary, reading comprehension, arithmetic, numerical reasoning; no school knowledge tested.",
                 "nl": "Ongeveer 100 minuten; 18+ en taalvoorwaarde."},
        "source": {"reference": "toelatingsonderzoek.be: Het toelatingsonderzoek graduaatsopleidingen", "url": URL_TOELONDERZOEK, "certainty": "real", "retrieved": R,
                   "quote": "Ook als je niet aan de diplomavoorwaarden voldoet, is het mogelijk om toelating te krijgen tot een graduaatsopleiding. Daarvoor kan je deelnemen aan het toelatingsonderzoek. … De proef bestaat uit 4 verschillende testonderdelen en duurt ongeveer 100 minuten",
                   "legal_basis": "Codex Hoger Onderwijs (afwijkende toelating graduaatsopleidingen)"},
    },
    {
        "id": "be-pat-auha",
        "title": {"nl": "Procedure afwijkende toelating (pAT) bacheloropleidingen", "en": "Exceptional admission procedure (pAT) for bachelor programmes"},
        "kind": "adult_course", "provider": "be-auha",
        "modes": ["blended"], "languages": ["nl", "en"],
        "awards": "be-toelatingsbewijs-pat",
        "unknown_reason": {"en": "The association describes a multi-part procedure but states neither its length nor a fee.", "nl": "Duur en kosten niet vermeld."},
        "url": URL_AUHA_PAT,
        "note": {"en": "For candidates without a secondary diploma. Passing gives an admission proof for higher education, not a secondary diploma. Grounds are limited by the Codex (humanitarian; medical, psychological or social; general level of the candidate). AUHA advises considering the routes to a secondary diploma first.",
                 "nl": "Toelatingsbewijs voor het hoger onderwijs, geen diploma secundair onderwijs."},
        "source": {"reference": "AUHA: Afwijkende toelating tot het hoger onderwijs (pAT)", "url": URL_AUHA_PAT, "certainty": "real", "retrieved": R,
                   "quote": "Als je geen diploma secundair onderwijs hebt, kan je bij de Associatie Universiteit & Hogescholen Antwerpen de procedure afwijkende toelating (pAT) bacheloropleidingen doorlopen. Die intensieve procedure is een uitzonderingsprocedure, die bestaat uit meerdere onderdelen. Als je slaagt, krijg je geen diploma secundair onderwijs maar wel een toelatingsbewijs voor het hoger onderwijs.",
                   "legal_basis": "Codex Hoger Onderwijs (afwijkende toelatingsvoorwaarden)"},
    },
    {
        "id": "be-examencommissie-so",
        "title": {"nl": "Diploma secundair onderwijs via de Examencommissie secundair onderwijs", "en": "Secondary education diploma through the Flemish examination board (self-study)"},
        "kind": "adult_course", "provider": "be-examencommissie", "eqf": 4,
        "duration_months": 15,
        "modes": ["online", "blended"], "languages": ["nl"],
        "cost": {"amount": 38, "currency": "EUR", "academic_year": "2023"},
        "awards": "be-diploma-so",
        "url": URL_EXCOM,
        "note": {"en": "Self-study; the board organises (mostly digital) exams in Brussels but gives no lessons. Open to everyone regardless of age, nationality or prior education. Fee EUR 38 per study direction and per grade (Knack, October 2023). Duration = the average time to a diploma reported in 2017 (15 months); individual times vary.",
                 "nl": "Zelfstudie; € 38 per studierichting en per graad; gemiddelde doorlooptijd 15 maanden (2017)."},
        "source": {"reference": "Vlaanderen.be: Getuigschrift of diploma secundair onderwijs behalen via de Examencommissie secundair onderwijs", "url": URL_EXCOM, "certainty": "real", "retrieved": R,
                   "quote": "Bij de Examencommissie secundair onderwijs behaal je je getuigschrift of diploma secundair onderwijs op je eigen tempo. Studeren voor de Examencommissie is zelfstudie. … Iedereen kan deelnemen aan de examens van de Examencommissie secundair onderwijs. Leeftijd, nationaliteit of vooropleiding spelen geen rol."},
    },
    # --- validation of prior learning (EVC)
    {
        "id": "be-evc-uantwerpen",
        "title": {"nl": "Erkenning van eerder verworven competenties (EVC) – Universiteit Antwerpen / AUHA", "en": "Recognition of prior learning (EVC) – University of Antwerp / AUHA"},
        "kind": "validation_procedure", "provider": "be-uantwerpen",
        "modes": ["blended"], "languages": ["nl"],
        "starts": ["--02-01", "--09-01"],
        "awards": "be-bvb-auha",
        "unknown_reason": {"en": "Length and cost depend on the candidate's portfolio and the programme; two procedures a year (spring and autumn) with their own deadlines.",
                           "nl": "Duur en kosten hangen af van portfolio en opleiding; twee procedures per jaar."},
        "url": URL_UA_EVC,
        "note": {"en": "Portfolio, assessment interview with a commission of three assessors and possibly a skills test. Result: a 'bewijs van bekwaamheid' (certificate of competence) that can be used to ask exemptions for course units. Candidates must meet the programme's admission requirements. Intake request before 1 February (spring) or 1 September (autumn) per AUHA.",
                 "nl": "Portfolio + beoordelingsgesprek (drie assessoren) + eventuele vaardigheidsproef → bewijs van bekwaamheid."},
        "source": {"reference": "Universiteit Antwerpen: Erkenning EVC", "url": URL_UA_EVC, "certainty": "real", "retrieved": R,
                   "quote": "De erkenning van eerder verworven competenties (EVC's) door werk- of andere praktijkervaring is decretaal geregeld door de Associatie (AUHA). De procedure bestaat uit een portfolio, met beoordelingsgesprek bij een commissie van drie assessoren en een eventuele vaardigheidsproef.\nEr zijn twee procedures per academiejaar.",
                   "legal_basis": "Codex Hoger Onderwijs (EVC via de associaties)"},
    },
    {
        "id": "be-evc-uab",
        "title": {"nl": "Bekwaamheidsonderzoek EVC – Universitaire Associatie Brussel", "en": "Competence assessment (EVC) – University Association of Brussels"},
        "kind": "validation_procedure", "provider": "be-uab",
        "modes": ["blended"], "languages": ["nl"],
        "awards": "be-bvb-uab",
        "unknown_reason": {"en": "Registration costs EUR 55; the total price depends on the programme concerned, and the length on the portfolio.",
                           "nl": "Administratieve kost € 55; totale kostprijs hangt af van de opleiding."},
        "url": URL_UAB_EVC,
        "note": {"en": "Steps: registration (administrative cost EUR 55), portfolio or self-assessment, admissibility check, assessment, and a 'bewijs van bekwaamheid' for the competences found to be acquired.",
                 "nl": "Aanmelding (€ 55), portfolio, beoordeling, bewijs van bekwaamheid."},
        "source": {"reference": "Universitaire Associatie Brussel: EVC-procedure", "url": URL_UAB_EVC, "certainty": "real", "retrieved": R,
                   "quote": "Stap 1: Aanmelding bij de Universitaire Associatie Brussel via de invulling van het EVC aanmeldingsformulier en door de betaling van een administratieve kost van 55 euro. De totale kostprijs van het onderzoek is afhankelijk van de opleiding waarop je aanvraag betrekking heeft. … Stap 6: Na ontvangst van de eindbeoordeling levert de validerende instantie al dan niet een bewijs van bekwaamheid af voor de competenties waarvan in de eindbeoordeling blijkt dat deze verworven zijn."},
    },
    {
        "id": "be-evc-kinderbegeleider",
        "title": {"nl": "EVC-traject beroepskwalificatie Kinderbegeleider baby's en peuters (erkend EVC-testcentrum)", "en": "Validation route (EVC) for the professional qualification Childcare worker for babies and toddlers"},
        "kind": "validation_procedure", "provider": "be-evc-testcentra",
        "modes": ["blended"], "languages": ["nl"], "field": "0922",
        "awards": "be-bk-kinderbegeleider",
        "unknown_reason": {"en": "Length and cost depend on the EVC test centre chosen (see the Register of professional-qualification routes).",
                           "nl": "Duur en kosten hangen af van het gekozen EVC-testcentrum."},
        "url": URL_EVC_NIEUWS,
        "note": {"en": "Four steps: identify, document, assess, certify; the last two at a recognised EVC test centre (e.g. adult education centres or VDAB) using an EVC standard approved by ministerial decree. Outcome: proof of the professional qualification, of a partial qualification, or of competences. The EVC instrument for this qualification is EVC-I-0007-1.",
                 "nl": "Vier stappen; uitkomst: bewijs van beroepskwalificatie, deelkwalificatie of competenties."},
        "source": {"reference": "erkennenvanverworvencompetenties.be (AHOVOKS): Nieuws – EVC-standaarden", "url": URL_EVC_NIEUWS, "certainty": "real", "retrieved": R,
                   "quote": "Voor de laatste twee stappen kunnen mensen terecht in EVC-testcentra, zoals bijvoorbeeld de centra voor volwassenenonderwijs of VDAB. … Wie aantoont over de nodige competenties te beschikken, ontvangt van het EVC-testcentrum een bewijs van beroepskwalificatie, een bewijs van deelkwalificatie of een bewijs van competenties. … De EVC-standaarden voor de volgende beroepskwalificaties zijn onder begeleiding van AHOVOKS uitgewerkt:\n\n • kinderbegeleider baby’s en peuters",
                   "legal_basis": "Decreet van 26 april 2019 betreffende een geïntegreerd beleid voor de erkenning van verworven competenties; BVR 19 juli 2019"},
    },
    # --- micro-credentials (VUB, Nova Academy framework)
    {
        "id": "be-mc-vub-dss",
        "title": {"nl": "Micro-credential Decision Support for Sustainability", "en": "Micro-credential Decision Support for Sustainability"},
        "kind": "he_module", "provider": "be-vub",
        "credits": {"value": 6, "system": "ects"}, "duration_months": 5,
        "modes": ["blended"], "languages": ["en"], "starts": ["--02-01"],
        "parallel": True,
        "awards": "be-mc-vub-dss",
        "unknown_reason": {"en": "The stored programme page gives no tuition fee (Nova Academy: fees vary per course).", "nl": "Geen prijs vermeld."},
        "micro": {
            "assessment": "Evaluation of the course; a certificate and official credits are awarded on passing (VUB micro-credential page)",
            "quality_assurance": "VUB institutional quality assurance; Nova Academy (UAntwerp, UGent, VUB) micro-credential framework, on which the 2023 Flemish agreement on micro-credentials is based",
            "learning_outcomes": {"en": "Apply several techniques for decision making about sustainability and judge whether solutions are indeed more sustainable (course 'Decision Support for Sustainability', 6 ECTS).",
                                  "nl": "Verschillende technieken voor besluitvorming over duurzaamheid toepassen en beoordelen of oplossingen werkelijk duurzamer zijn."},
        },
        "url": URL_VUB_DSS,
        "note": {"en": "A VUB micro-credential (Nova Academy framework), modelled as a single HE module because its EQF/VKS level, an element the micro-credential kind requires, is not stated on the stored page. One course of 6 ECTS in the second semester (modelled as 5 months from February), blended: lectures during the day, recordings available. No admission requirements, no limit on participants.",
                 "nl": "Eén vak van 6 ECTS in het tweede semester; geen toelatingsvoorwaarden."},
        "source": {"reference": "VUB: micro-credential Decision Support for Sustainability", "url": URL_VUB_DSS, "certainty": "real", "retrieved": R,
                   "quote": "How do we decide towards more sustainable solutions? And how do we know they are indeed more sustainable? In this micro-credential several techniques for decision making about sustainability are offered. … Decision Support for Sustainability (6 ECTS, 2nd semester) … There are no admission requirements to start this micro-credential."},
    },
    {
        "id": "be-mc-vub-sustainability",
        "title": {"nl": "Micro-credential Sustainability", "en": "Micro-credential Sustainability"},
        "kind": "he_module", "provider": "be-vub",
        "modes": ["blended"], "languages": ["en"],
        "parallel": True,
        "awards": "be-mc-vub-sustainability",
        "unknown_reason": {"en": "The stored page describes the content but not the size in ECTS, the length or the fee.",
                           "nl": "Omvang, duur en prijs niet vermeld op de bewaarde pagina."},
        "url": URL_VUB_SUST,
        "note": {"en": "A VUB micro-credential, modelled as a single HE module because its size in ECTS (required for the micro-credential kind) is not on the stored page. Courses combine discipline-specific knowledge (economics, ecology, social sciences, engineering), decision-making methods and transition management, each with a real-world assignment.",
                 "nl": "Gemodelleerd als module: omvang in ECTS niet vermeld."},
        "source": {"reference": "VUB: micro-credential Sustainability", "url": URL_VUB_SUST, "certainty": "real", "retrieved": R,
                   "quote": "Within the micro-credential “Sustainability” a combination of discipline specific knowledge, interdisciplinary understanding and tools, and transdisciplinary practical experiences is offered to allow you to become an agent for change towards sustainability."},
    },
]

# ---------------------------------------------------------------- rules
rules = [
    {
        "id": "be-r-hbo5-pba-verpl-tm",
        "from": ["be-gegradueerde-verpl"], "to": "be-pba-verpl-tm",
        "grant": {"type": "credits", "ects": 90},
        "origin": "outside_he",
        "kind": "articulation", "issuer": "Thomas More Hogeschool (verkort traject verpleegkunde voor HBO5-verpleegkundigen, Lier)",
        "source": {"reference": "Word Verpleegkundige: Vrijstellingenbeleid – 2. Bachelor verpleegkunde (verkorte bacheloropleiding voor HBO5-gegradueerden); Thomas More Kempen programme page (HBO5 diploma required)",
                   "url": URL_WV_VRIJ, "certainty": "real", "retrieved": R,
                   "quote": "Al een graduaatsdiploma verpleegkunde (HBO5) op zak? Dan kan je een verkorte bacheloropleiding verpleegkunde volgen. Je wordt vrijgesteld voor 90 studiepunten en moet er dus nog …",
                   "legal_basis": "Codex Hoger Onderwijs (vrijstellingen op basis van EVK)"},
        "note": {"en": "Correction from issue 12, now sourced: HBO5 nursing graduates follow a shortened bachelor and are exempted from 90 sp of the 240 sp (150 sp left, about 2.5 years). Thomas More Kempen runs this route as 'Short Programme for Non-Working HBO5/MBO4-Nurses (Lier)', for which an HBO5 nursing diploma is required. The exemptions must be requested (EVK).",
                 "nl": "Correctie issue 12: HBO5-gegradueerden worden vrijgesteld voor 90 studiepunten (wordverpleegkundige.be, vrijstellingenbeleid).", "de": "Korrektur aus Issue 12, jetzt mit Quelle: HBO5-Absolventinnen und -Absolventen der Pflege absolvieren einen verkürzten Bachelor und werden von 90 der 240 sp freigestellt (150 sp bleiben, etwa 2,5 Jahre). Thomas More Kempen bietet diesen Weg als „Short Programme for Non-Working HBO5/MBO4-Nurses (Lier)“ an, für den ein HBO5-Pflegediplom erforderlich ist. Die Freistellungen müssen beantragt werden (EVK).", "fr": "Correction de l'issue 12, désormais sourcée : les diplômés HBO5 en soins infirmiers suivent un bachelor raccourci et sont dispensés de 90 des 240 sp (il reste 150 sp, environ 2,5 ans). Thomas More Kempen propose ce parcours sous le nom « Short Programme for Non-Working HBO5/MBO4-Nurses (Lier) », qui exige un diplôme HBO5 en soins infirmiers. Les dispenses doivent être demandées (EVK)."},
    },
    {
        "id": "be-r-grad-werforg-bouw-pxl",
        "from": ["be-grad-werforg-pxl"], "to": "be-pba-bouw-pxl",
        "grant": {"type": "credits", "ects": 90},
        "origin": "higher_education",
        "kind": "articulation", "issuer": "Hogeschool PXL (vervolgtraject graduaat → verwante professionele bachelor)",
        "source": {"reference": "Hogeschool PXL: De nieuwe graduaatsopleidingen; HLN 26 januari 2019: Hogeschool PXL zet fors in op werkplekleren",
                   "url": URL_PXL_GRAD, "certainty": "illustrative", "retrieved": R,
                   "quote": "Voor al onze graduaatsopleidingen bieden we een vervolgtraject aan naar een verwante bacheloropleiding waardoor studenten op minimum 3,5 jaar tijd zowel een graduaats- als een bachelordiploma kunnen behalen."},
        "note": {"en": "PXL offers every graduaat a follow-up route to a related bachelor: graduaat (2 years) + 'een verkort programma van anderhalf jaar' (HLN 2019) = 3.5 years, i.e. 90 of 180 sp still to study. Illustrative because no stored page says which bachelor is the related one for Werforganisatie (Bouw is the obvious candidate) and the 90 sp is derived from 1.5 years × 60 sp.",
                 "nl": "Vervolgtraject van anderhalf jaar; koppeling met Bouw is een aanname.", "de": "PXL bietet zu jedem graduaat einen Anschlussweg zu einem verwandten Bachelor: graduaat (2 Jahre) + „een verkort programma van anderhalf jaar“ (HLN 2019) = 3,5 Jahre, also noch 90 von 180 sp zu studieren. Beispielhaft, weil keine gespeicherte Seite sagt, welcher Bachelor für Werforganisatie der verwandte ist (Bouw liegt nahe), und die 90 sp aus 1,5 Jahren × 60 sp abgeleitet sind.", "fr": "PXL propose pour chaque graduaat un parcours de poursuite vers un bachelor apparenté : graduaat (2 ans) + « een verkort programma van anderhalf jaar » (HLN 2019) = 3,5 ans, soit 90 des 180 sp encore à étudier. Illustratif, car aucune page enregistrée n'indique quel bachelor est le bachelor apparenté pour Werforganisatie (Bouw est le candidat évident) et les 90 sp sont déduits de 1,5 an × 60 sp."},
    },
    {
        "id": "be-r-schakel-mlm-reductie",
        "from": ["be-bvb-auha"], "to": "be-ua-schakel-mlm",
        "grant": {"type": "credits", "ects": 24},
        "origin": "outside_he",
        "kind": "individual", "issuer": "Universiteit Antwerpen (instellingsbestuur)",
        "source": {"reference": "Hogeschool PXL (PHL): Schakel- en voorbereidingsprogramma's (Codex rule on the size of a schakelprogramma)",
                   "url": URL_PHL_SCHAKEL, "certainty": "real", "retrieved": R,
                   "quote": "Dit programma bevat minimum 45 tot maximum 90 studiepunten. Het instellingsbestuur kan de omvang van een schakelprogramma op basis van eerder verworven kwalificaties of de resultaten van een bekwaamheidsonderzoek verminderen tot 30 studiepunten.",
                   "legal_basis": "Codex Hoger Onderwijs (schakelprogramma)"},
        "note": {"en": "Maximum: the 54-sp schakelprogramma can be reduced to 30 sp, so at most 24 sp on the basis of EVK or the result of a competence assessment (here: a bewijs van bekwaamheid from the AUHA EVC procedure). Case by case; further reduction only if the scientific prior knowledge is proven.",
                 "nl": "Maximaal 24 sp (54 → 30 sp); individuele beslissing.", "de": "Maximum: Das schakelprogramma von 54 sp kann auf 30 sp verkürzt werden, also höchstens 24 sp aufgrund von EVK oder des Ergebnisses einer Kompetenzfeststellung (hier: ein bewijs van bekwaamheid aus dem EVC-Verfahren der AUHA). Entscheidung im Einzelfall; eine weitere Verkürzung nur, wenn die wissenschaftlichen Vorkenntnisse nachgewiesen sind.", "fr": "Maximum : le schakelprogramma de 54 sp peut être réduit à 30 sp, soit au plus 24 sp sur la base d'EVK ou du résultat d'une évaluation des compétences (ici : un bewijs van bekwaamheid issu de la procédure EVC de l'AUHA). Au cas par cas ; réduction supplémentaire seulement si les connaissances scientifiques préalables sont prouvées."},
    },
    {
        "id": "be-r-evc-auha-ma-mlm",
        "from": ["be-bvb-auha"], "to": "be-ua-ma-mlm",
        "grant": {"type": "credits", "ects": 12},
        "origin": "outside_he",
        "kind": "individual", "issuer": "Universiteit Antwerpen (faculteit, op basis van een bewijs van bekwaamheid)",
        "source": {"reference": "Universiteit Antwerpen: Erkenning EVC (EVC for course units of all academic programmes)",
                   "url": URL_UA_EVC, "certainty": "illustrative", "retrieved": R,
                   "quote": "De erkenning van ‘Eerder Verworven Competenties’ (EVC’s) kan worden aangevraagd voor een geheel van opleidingsonderdelen binnen een opleiding, voor afzonderlijke opleidingsonderdelen of voor delen van opleidingsonderdelen.",
                   "legal_basis": "Codex Hoger Onderwijs (EVC, vrijstellingen)"},
        "note": {"en": "12 sp is an example: the exemptions a bewijs van bekwaamheid gives are decided per course unit and no amount or cap is published. An exempted course unit gives no creditbewijs; the diploma supplement mentions the exemption (vlaanderen.be).",
                 "nl": "12 sp is een voorbeeld; vrijstellingen worden per opleidingsonderdeel beslist.", "de": "12 sp sind ein Beispiel: Über die Freistellungen, die ein bewijs van bekwaamheid bringt, wird je Studieneinheit (opleidingsonderdeel) entschieden; weder ein Umfang noch eine Obergrenze ist veröffentlicht. Eine freigestellte Studieneinheit ergibt kein creditbewijs; der Diplomzusatz nennt die Freistellung (vlaanderen.be).", "fr": "12 sp est un exemple : les dispenses qu'apporte un bewijs van bekwaamheid sont décidées par unité d'enseignement (opleidingsonderdeel) et aucun volume ni plafond n'est publié. Une unité d'enseignement dispensée ne donne pas de creditbewijs ; le supplément au diplôme mentionne la dispense (vlaanderen.be)."},
    },
    {
        "id": "be-r-evc-uab-ma-mlm",
        "from": ["be-bvb-uab"], "to": "be-ua-ma-mlm",
        "grant": {"type": "credits", "ects": 12},
        "origin": "outside_he",
        "kind": "individual", "issuer": "Universiteit Antwerpen (beslissing over vrijstellingen op basis van EVC/EVK)",
        "source": {"reference": "Vlaanderen.be: Een vrijstelling aanvragen in het hoger onderwijs of toegang krijgen via eerdere studies of werkervaring",
                   "url": URL_VL_VRIJSTELLING, "certainty": "illustrative", "retrieved": R,
                   "quote": "Een vrijstelling betekent dat je geen examen moet afleggen over een bepaald opleidingsonderdeel of een deel ervan. Voor het vrijgestelde opleidingsonderdeel ontvang je geen creditbewijs. Op het diplomasupplement vermeldt de instelling dat je voor het betrokken opleidingsonderdeel werd vrijgesteld.",
                   "legal_basis": "Codex Hoger Onderwijs (flexibiliseringsdecreet: EVK/EVC)"},
        "note": {"en": "Example amount (12 sp). A bewijs van bekwaamheid from another association can be presented as evidence, but whether and how much the University of Antwerp exempts is not published: illustrative.",
                 "nl": "Voorbeeldbedrag; beslissing per opleidingsonderdeel.", "de": "Beispielwert (12 sp). Ein bewijs van bekwaamheid einer anderen Assoziation kann als Nachweis vorgelegt werden, aber ob und in welchem Umfang die Universität Antwerpen freistellt, ist nicht veröffentlicht: beispielhaft.", "fr": "Volume donné en exemple (12 sp). Un bewijs van bekwaamheid d'une autre association peut être présenté comme preuve, mais on ne sait pas si ni dans quelle mesure l'Université d'Anvers accorde des dispenses : illustratif."},
    },
    {
        "id": "be-r-mc-vub-dss-ma-mlm",
        "from": ["be-mc-vub-dss"], "to": "be-ua-ma-mlm",
        "grant": {"type": "credits", "ects": 6},
        "origin": "higher_education",
        "kind": "individual", "issuer": "Universiteit Antwerpen (vrijstelling op basis van EVK: creditbewijs van de VUB)",
        "source": {"reference": "VUB: micro-credential Decision Support for Sustainability (what is a micro-credential)",
                   "url": URL_VUB_DSS, "certainty": "illustrative", "retrieved": R,
                   "quote": "If you pass the micro-credential, you receive a certificate proving that you have acquired the competences. These are official credits. … The credits and competences you obtain are recognised throughout your career and can lead to exemptions from future programmes, for example, even at other institutions."},
        "note": {"en": "Stacking example: the 6 credits of the micro-credential are an EVK that can lead to an exemption if a course unit of the master matches in content and size. Whether such a course unit exists in this master is not known: illustrative.",
                 "nl": "Stapelvoorbeeld; of er een overeenkomend opleidingsonderdeel bestaat is niet gekend.", "de": "Beispiel für das Stapeln: Die 6 Credits des Micro-Credentials sind eine EVK, die zu einer Freistellung führen kann, wenn eine Studieneinheit des Masters inhaltlich und im Umfang entspricht. Ob es in diesem Master eine solche Studieneinheit gibt, ist nicht bekannt: beispielhaft.", "fr": "Exemple de cumul : les 6 crédits de la micro-certification sont une EVK qui peut mener à une dispense si une unité d'enseignement du master correspond en contenu et en volume. On ne sait pas si une telle unité existe dans ce master : illustratif."},
    },
]

# ---------------------------------------------------------------- additions (second curator pass, 2026-12-01)
URL_WV_VRIJ_NOTE = "wordverpleegkundige.be is the Flemish information site on nursing education"
URL_BAHBO5_VRIJ = "https://bahbo5.be/vrijstellingen"
URL_SAI_BASIS = "https://www.sai-aalst.be/basisverpleegkunde"
URL_TM_MECH = "https://thomasmore.be/en/educations/exchange-programme/nursing/mechelen"
URL_AP_VLUHR = "https://5dok.net/document/yngnre6k-bachelor-in-de-verpleegkunde.html"
URL_HOGENT_VEBA = "https://www.hogent.be/veba"
URL_OK_EDUGRAD = "https://www.onderwijskiezer.be/v2/hoger/hoger_detail.php?richting=2735&var=WW&hq=52"
URL_UA_ZALM = "https://www.uantwerpen.be/nl/studeren/aanbod/alle-opleidingen/educatieve-master/na-een-bachelor/na-een-professionele-bachelor/zalmtraject/"
URL_UA_EDMA = "https://www.uantwerpen.be/nl/studeren/opleidingsaanbod/educatieve-master/"
URL_UGENT_EDMA = "https://www.ugent.be/nl/opleidingen/lerarenopleiding/educatieve-master"
URL_UGENT_EDUMANABA = "https://www.ugent.be/nl/opleidingen/educatievemaster/najebachelor/lerarenopleidingopzak-edumanaba.htm"
URL_UGENT_VERKORT = "https://www.ugent.be/nl/opleidingen/educatievemaster/najemaster/vrijstellingen/lerarenopleidingopzak.htm"

providers += [
    {"id": "be-bahbo5", "name": {"nl": "Graduaat Basisverpleegkunde / HBO5 Verpleegkunde (bahbo5.be, Mechelen)", "en": "Basic nursing graduate programme / HBO5 Nursing school (bahbo5.be, Mechelen)"}, "country": "BE", "nuts": "BE2", "url": "https://bahbo5.be"},
    {"id": "be-ap", "name": {"nl": "AP Hogeschool Antwerpen", "en": "AP University of Applied Sciences and Arts Antwerp"}, "country": "BE", "nuts": "BE2", "url": "https://www.ap.be"},
    {"id": "be-hogent", "name": {"nl": "Hogeschool Gent (HOGENT)", "en": "HOGENT University of Applied Sciences and Arts"}, "country": "BE", "nuts": "BE2", "url": "https://www.hogent.be"},
    {"id": "be-ugent", "name": {"nl": "Universiteit Gent", "en": "Ghent University"}, "country": "BE", "nuts": "BE2", "url": "https://www.ugent.be"},
]

credentials += [
    {"id": "be-pba-verpl-jaar1", "title": {"nl": "Geslaagd voor het 1e jaar van de bachelor verpleegkunde of vroedkunde (creditbewijzen)", "en": "Passed the first year of the bachelor in nursing or midwifery (credit certificates)"}, "field": "0913", "country": "BE"},
    {"id": "be-pba-verpl-jaar2", "title": {"nl": "Geslaagd voor het 2e jaar van de bachelor verpleegkunde of vroedkunde (creditbewijzen)", "en": "Passed the second year of the bachelor in nursing or midwifery (credit certificates)"}, "field": "0913", "country": "BE"},
    {"id": "be-pba-edu-so", "title": {"nl": "Educatieve (professionele) bachelor secundair onderwijs", "en": "Educational (professional) bachelor in secondary education"}, "eqf": 6, "field": "0114", "country": "BE"},
    {"id": "be-getuigschrift-schakel-edma-ua", "title": {"nl": "Getuigschrift schakelprogramma naar een afstudeerrichting van de educatieve master (Universiteit Antwerpen)", "en": "Certificate of a bridging programme to the educational master (University of Antwerp)"}, "country": "BE"},
    {"id": "be-slo-diploma", "title": {"nl": "Diploma van leraar (specifieke lerarenopleiding, SLO), behaald na een masterdiploma", "en": "Teacher's diploma (specific teacher training, SLO), obtained after a master's degree"}, "eqf": 7, "field": "0114", "country": "BE"},
]

offers += [
    # --- nursing: more bachelors that take HBO5 graduates, and the new graduaat Basisverpleegkunde
    {
        "id": "be-pba-verpl-tm-mechelen",
        "title": {"nl": "Bachelor in de verpleegkunde – Thomas More Mechelen", "en": "Bachelor of Nursing – Thomas More Mechelen"},
        "kind": "bachelor", "provider": "be-thomas-more", "eqf": 6,
        "national_level": {"framework": "VKS", "level": "6"},
        "credits": {"value": 240, "system": "ects"}, "duration_months": 48, "years": 4,
        "modes": ["full_time"], "languages": ["nl"], "field": "0913", "starts": ["--09-01"],
        "cost": {"amount": fee(4, 240), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-pba-verpl", "entry": ENTRY_BACHELOR,
        "url": URL_TM_MECH,
        "note": {"en": "The programme page in the store is the exchange page of Nursing at campus Mechelen; size and length follow the BVR of 15 July 2016 (240 sp / 4 years). Cost = 4 × EUR 1,092.10 (2023/24). " + FEE_NOTE_EN,
                 "nl": "240 sp / 4 jaar (BVR 15 juli 2016). Kosten = 4 × € 1.092,10 (2023-2024)."},
        "source": {"reference": "Thomas More: Exchange programme | Nursing (Mechelen); BVR 15 juli 2016 (240 studiepunten)", "url": URL_TM_MECH, "certainty": "real", "retrieved": R,
                   "quote": "Nursing (Mechelen) … You will learn to reason, act and communicate as a nurse. Science and social skills are central."},
    },
    {
        "id": "be-pba-verpl-ap",
        "title": {"nl": "Bachelor in de verpleegkunde – AP Hogeschool Antwerpen", "en": "Bachelor of Nursing – AP University of Applied Sciences and Arts Antwerp"},
        "kind": "bachelor", "provider": "be-ap", "eqf": 6,
        "national_level": {"framework": "VKS", "level": "6"},
        "credits": {"value": 240, "system": "ects"}, "duration_months": 48, "years": 4,
        "modes": ["full_time"], "languages": ["nl"], "field": "0913", "starts": ["--09-01"],
        "cost": {"amount": fee(4, 240), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-pba-verpl", "entry": ENTRY_BACHELOR,
        "url": URL_AP_VLUHR,
        "note": {"en": "Existence from the VLUHR programme review (April 2022, copy on 5dok.net); AP's own programme page was not in the store. 240 sp / 4 years by the BVR of 15 July 2016. Cost = 4 × EUR 1,092.10 (2023/24). " + FEE_NOTE_EN,
                 "nl": "Bestaan blijkt uit de VLUHR-opleidingsbeoordeling (2022). Kosten = 4 × € 1.092,10 (2023-2024)."},
        "source": {"reference": "VLUHR Kwaliteitszorg: Opleidingsbeoordeling Bachelor in de verpleegkunde, Artesis Plantijn Hogeschool Antwerpen (april 2022)", "url": URL_AP_VLUHR, "certainty": "real", "retrieved": R,
                   "quote": "Dit rapport is de weerslag van de opleidingsbeoordeling van de professionele Bachelor in de verpleegkunde van Artesis Plantijn Hogeschool Antwerpen."},
    },
    {
        "id": "be-basisverpl-bahbo5",
        "title": {"nl": "Graduaat Basisverpleegkunde (voorheen HBO5 Verpleegkunde) – Mechelen", "en": "Graduate programme in Basic Nursing (formerly HBO5 Nursing) – Mechelen"},
        "kind": "short_cycle_he", "provider": "be-bahbo5", "eqf": 5,
        "national_level": {"framework": "VKS", "level": "5"},
        "duration_months": 36, "years": 3,
        "modes": ["full_time", "work_based"], "languages": ["nl"], "field": "0913",
        "starts": ["--09-01", "--02-01"],
        "awards": "be-gegradueerde-basisverpl", "entry": ENTRY_HBO5_VERPL,
        "unknown_reason": {"en": "The school's stored pages give no fee; HBO5/Basisverpleegkunde schools set their own course costs.", "nl": "Geen kosten vermeld op de bewaarde pagina's."},
        "url": URL_BAHBO5_VRIJ,
        "note": {"en": "Since 2023-24 new students enter the graduaat Basisverpleegkunde (3 years, VKS 5), which replaces HBO5 Verpleegkunde and leads to the profession of basisverpleegkundige (federal law); graduates of the old HBO5 keep their title. Modular: modules 1–4 one semester each, module 5 two semesters (as at the other HBO5 schools). Modelled with years = 3 so that module exemptions after bachelor years can be expressed as entry into year 2 or 3.",
                 "nl": "Vanaf 2023-2024 graduaat Basisverpleegkunde (3 jaar), ter vervanging van HBO5 Verpleegkunde."},
        "source": {"reference": "SAI Aalst: Nieuw: basisverpleegkunde; bahbo5.be: Vrijstellingen in het graduaat basisverpleegkunde", "url": URL_SAI_BASIS, "certainty": "real", "retrieved": R,
                   "quote": "Vanaf schooljaar 2023-2024 wordt de hbo5-Opleiding Verpleegkunde omgevormd naar de graduaatsopleiding ‘Basisverpleegkunde’. … De opleiding Basisverpleegkunde van het hoger beroepsonderwijs duurt 3 jaar.",
                   "legal_basis": "Decreet (spoeddecreet Vlaams Parlement 2023) omvorming HBO5 Verpleegkunde tot Basisverpleegkunde"},
    },
    # --- teacher education: shortened routes for diploma holders
    {
        "id": "be-veba-hogent",
        "title": {"nl": "Verkorte educatieve bachelor secundair onderwijs – HOGENT", "en": "Shortened educational bachelor in secondary education (for bachelor holders) – HOGENT"},
        "kind": "bachelor", "provider": "be-hogent", "eqf": 6,
        "national_level": {"framework": "VKS", "level": "6"},
        "credits": {"value": 60, "system": "ects"}, "duration_months": 12, "years": 1,
        "modes": ["full_time", "part_time", "online", "work_based"], "languages": ["nl"], "field": "0114",
        "starts": ["--09-01", "--02-01"],
        "cost": {"amount": fee(1, 60), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-pba-edu-so",
        "entry": {"type": "level", "min_eqf": 6, "country": "BE"},
        "url": URL_HOGENT_VEBA,
        "note": {"en": "60-sp bachelor for holders of another bachelor's degree; no teaching subjects, focus on didactics and pedagogy. Intensive route 1 year full-time (modelled), or 2 years part-time (day, evening, distance) or as teacher in training (LIO). Free through VDAB for jobseekers on the intensive route. Cost = EUR 282.10 + 60 × EUR 13.50 = EUR 1,092.10 (2023/24 studiegeld). " + FEE_NOTE_EN,
                 "nl": "Bacheloropleiding van 60 sp voor wie al een ander bachelordiploma heeft; 1 of 2 jaar."},
        "source": {"reference": "HOGENT: Verkorte educatieve bachelor secundair onderwijs", "url": URL_HOGENT_VEBA, "certainty": "real", "retrieved": R,
                   "quote": "Heb je al een bachelordiploma op zak? En je wil een extra diploma behalen van leerkracht secundair onderwijs? Met deze verkorte educatieve bachelor secundair onderwijs sta je al na één of twee jaar in de klas. … Een bacheloropleiding van 60 studiepunten voor als je al een ander bachelordiploma hebt"},
    },
    {
        "id": "be-edugrad-so-tm",
        "title": {"nl": "Educatieve graduaatsopleiding secundair onderwijs – Thomas More", "en": "Educational graduate programme in secondary education – Thomas More"},
        "kind": "short_cycle_he", "provider": "be-thomas-more", "eqf": 5,
        "national_level": {"framework": "VKS", "level": "5"},
        "credits": {"value": 90, "system": "ects"},
        "modes": ["full_time", "part_time", "work_based"], "languages": ["nl"], "field": "0114",
        "awards": "be-edugrad-so",
        "entry": {"type": "all_of", "all": [
            {"type": "any_of", "any": [
                {"type": "credential", "credential": "be-diploma-so"},
                {"type": "credential", "credential": "be-studiegetuigschrift-bso"},
                {"type": "level", "min_eqf": 5, "country": "BE"}]},
            {"type": "work_experience", "years": 3}]},
        "unknown_reason": {"en": "90 sp; onderwijskiezer gives no standard length (day, week or weekend routes differ per hogeschool), so length and total fee are unknown.",
                           "nl": "90 sp; duur verschilt per traject en hogeschool."},
        "url": URL_OK_EDUGRAD,
        "note": {"en": "Replaces the former specific teacher training (SLO/D-cursus/GPB) for professionals: requires at least 3 years of relevant work experience and a secondary diploma (or a 6th-year study certificate obtained at least 3 years earlier). Qualifies for teaching in secondary, part-time, adult and second-chance education. Thomas More took over the former SLO as an educatieve graduaatsopleiding in 2019 (HLN, 20 Nov 2018).",
                 "nl": "Vereist minstens 3 jaar nuttige werkervaring; 90 studiepunten."},
        "source": {"reference": "Onderwijskiezer: Educatieve graduaatsopleiding secundair – Graduaatsopleiding; HLN 20 november 2018 (Thomas More)", "url": URL_OK_EDUGRAD, "certainty": "real", "retrieved": R,
                   "quote": "Heb je al minstens 3 jaar nuttige werkervaring en zou je die kennis willen doorgeven aan leerlingen uit het secundair onderwijs? En ben je in het bezit van een diploma secundair onderwijs of heb je al minstens 3 jaar een studiegetuigschrift van het 6e leerjaar van de secundair onderwijs? Dan kan je de educatieve graduaatsopleiding Secundair Onderwijs volgen. Met dit graduaatstraject van 90 studiepunten sta je snel voor de klas"},
    },
    {
        "id": "be-ua-edma-90",
        "title": {"nl": "Educatieve master (afstudeerrichting van 90 studiepunten) – Universiteit Antwerpen", "en": "Educational master (90-credit specialisation) – University of Antwerp"},
        "kind": "master", "provider": "be-uantwerpen", "eqf": 7,
        "national_level": {"framework": "VKS", "level": "7"},
        "credits": {"value": 90, "system": "ects"}, "duration_months": 18,
        "modes": ["full_time"], "languages": ["nl"], "field": "0114", "starts": ["--09-01"],
        "cost": {"amount": fee(2, 90), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-edma",
        "entry": {"type": "any_of", "any": [
            {"type": "credential", "credential": "be-getuigschrift-schakel-edma-ua"},
            {"type": "level", "min_eqf": 7, "country": "BE"}]},
        "url": URL_UA_EDMA,
        "note": {"en": "Depending on the specialisation the educational master is 90 or 120 sp, of which 45 sp belong to the teaching component. Academic bachelors of UAntwerp enter directly (not modelled); professional bachelors only via a schakelprogramma for some specialisations. 1.5 years; cost = two enrolments: 2 × EUR 282.10 + 90 × EUR 13.50 = EUR 1,779.20 (2023/24).",
                 "nl": "90 of 120 sp naargelang de afstudeerrichting; 45 sp component leraarschap."},
        "source": {"reference": "Universiteit Antwerpen: Educatieve master", "url": URL_UA_EDMA, "certainty": "real", "retrieved": R,
                   "quote": "Afhankelijk van je afstudeerrichting, omvat de educatieve master 90 of 120 studiepunten. Daarvan behoren 45 studiepunten tot de component leraarschap."},
    },
    {
        "id": "be-ua-edma-120",
        "title": {"nl": "Educatieve master (afstudeerrichting van 120 studiepunten) – Universiteit Antwerpen", "en": "Educational master (120-credit specialisation) – University of Antwerp"},
        "kind": "master", "provider": "be-uantwerpen", "eqf": 7,
        "national_level": {"framework": "VKS", "level": "7"},
        "credits": {"value": 120, "system": "ects"}, "duration_months": 24, "years": 2,
        "modes": ["full_time"], "languages": ["nl"], "field": "0114", "starts": ["--09-01"],
        "cost": {"amount": fee(2, 120), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-edma",
        "entry": {"type": "any_of", "any": [
            {"type": "credential", "credential": "be-getuigschrift-schakel-edma-ua"},
            {"type": "level", "min_eqf": 7, "country": "BE"}]},
        "url": URL_UA_EDMA,
        "note": {"en": "Same programme family as be-ua-edma-90, for the 120-sp specialisations. Cost = 2 × EUR 1,092.10 (2023/24).",
                 "nl": "Afstudeerrichtingen van 120 sp. Kosten = 2 × € 1.092,10."},
        "source": {"reference": "Universiteit Antwerpen: Educatieve master", "url": URL_UA_EDMA, "certainty": "real", "retrieved": R,
                   "quote": "Afhankelijk van je afstudeerrichting, omvat de educatieve master 90 of 120 studiepunten. Daarvan behoren 45 studiepunten tot de component leraarschap."},
    },
    {
        "id": "be-ua-edma-verkort",
        "title": {"nl": "Verkorte educatieve master (component leraarschap, na een academische master) – Universiteit Antwerpen", "en": "Shortened educational master (teaching component, after a master's degree) – University of Antwerp"},
        "kind": "master", "provider": "be-uantwerpen", "eqf": 7,
        "national_level": {"framework": "VKS", "level": "7"},
        "credits": {"value": 60, "system": "ects"}, "duration_months": 12, "years": 1,
        "modes": ["full_time", "part_time", "work_based"], "languages": ["nl"], "field": "0114", "starts": ["--09-01"],
        "cost": {"amount": fee(1, 60), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-edma",
        "entry": {"type": "level", "min_eqf": 7, "country": "BE"},
        "url": URL_UA_EDMA,
        "note": {"en": "For holders of a master in their subject: only the 60-sp teaching component, in 1 year full-time or spread over 2 years; campus Antwerp, partly Mechelen or Turnhout; LIO route possible. Cost = EUR 1,092.10 (2023/24).",
                 "nl": "Enkel de component leraarschap van 60 sp; 1 of 2 jaar."},
        "source": {"reference": "Universiteit Antwerpen: Educatieve master – na een academische master", "url": URL_UA_EDMA, "certainty": "real", "retrieved": R,
                   "quote": "Als je al een master in jouw vakdomein behaald hebt, kan je de educatieve master volgen via een verkort traject. Dat omvat alleen een component leraarschap van 60 studiepunten. Je kan 1 jaar voltijds studeren of het traject spreiden over 2 jaar."},
    },
    {
        "id": "be-ugent-edma-verkort",
        "title": {"nl": "Verkorte educatieve master (na een ander masterdiploma) – Universiteit Gent", "en": "Shortened educational master (after another master's degree) – Ghent University"},
        "kind": "master", "provider": "be-ugent", "eqf": 7,
        "national_level": {"framework": "VKS", "level": "7"},
        "credits": {"value": 60, "system": "ects"}, "duration_months": 12, "years": 1,
        "modes": ["full_time", "part_time"], "languages": ["nl"], "field": "0114", "starts": ["--09-01"],
        "cost": {"amount": fee(1, 60), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-edma",
        "entry": {"type": "any_of", "any": [
            {"type": "level", "min_eqf": 7, "country": "BE"},
            {"type": "credential", "credential": "be-slo-diploma"}]},
        "url": URL_UGENT_EDMA,
        "note": {"en": "Eight educational masters at UGent since 2019-20, taken after a bachelor or as a shortened 60-sp route after another master. Holders of an SLO or educational-master diploma can get most of the route exempted (see rules). Length modelled as 1 year full-time. Cost = EUR 1,092.10 (2023/24).",
                 "nl": "Verkort traject van 60 studiepunten na een ander masterdiploma."},
        "source": {"reference": "Universiteit Gent: Educatieve masteropleidingen", "url": URL_UGENT_EDMA, "certainty": "real", "retrieved": R,
                   "quote": "De educatieve masteropleidingen zijn master-na-bacheloropleidingen die studenten meteen na de bacheloropleiding kunnen volgen of als verkort traject van 60 studiepunten na het behalen van een ander masterdiploma."},
    },
    {
        "id": "be-ugent-vp-edma",
        "title": {"nl": "Voorbereidingsprogramma tot educatieve master – Universiteit Gent", "en": "Preparatory programme to the educational master – Ghent University"},
        "kind": "he_module", "provider": "be-ugent", "eqf": 6,
        "credits": {"value": 15, "system": "ects"},
        "modes": ["full_time", "part_time"], "languages": ["nl"], "field": "0114", "starts": ["--09-01"],
        "cost": {"amount": fee(1, 15), "currency": "EUR", "academic_year": "2023/24"},
        "unknown_reason": {"en": "UGent states no length: the 15 sp can be taken before or together with the educational master.", "nl": "Geen duur vermeld: te volgen voor of samen met de educatieve master."},
        "awards": "be-ugent-vp-edma",
        "entry": {"type": "level", "min_eqf": 6, "country": "BE"},
        "modules": [
            {"id": "be-ugent-vp-edma-vakdidactiek", "title": {"nl": "Vakdidactiek", "en": "Subject didactics"}, "credits": 9},
            {"id": "be-ugent-vp-edma-kle", "title": {"nl": "Krachtige leeromgevingen", "en": "Powerful learning environments"}, "credits": 6},
        ],
        "url": URL_UGENT_EDUMANABA,
        "note": {"en": "15 sp: subject didactics (9 sp) and 'Krachtige leeromgevingen' (6 sp); for bachelors who did not take the education minor, before or together with the educational master. Cost = EUR 282.10 + 15 × EUR 13.50 = EUR 484.60 (2023/24).",
                 "nl": "15 sp: vakdidactiek (9 sp) en Krachtige leeromgevingen (6 sp)."},
        "source": {"reference": "Universiteit Gent: Diploma van leraar (eduma na bachelor)", "url": URL_UGENT_EDUMANABA, "certainty": "real", "retrieved": R,
                   "quote": "Je schrijft in voor het voorbereidingsprogramma tot educatieve master (15 studiepunten): Je volgt de vakdidactiek (9 studiepunten). Je vraagt een vrijstelling aan voor Krachtige leeromgevingen (6 studiepunten)."},
    },
]

rules += [
    {
        "id": "be-r-hbo5-pba-verpl-tm-mechelen",
        "from": ["be-gegradueerde-verpl"], "to": "be-pba-verpl-tm-mechelen",
        "grant": {"type": "credits", "ects": 90},
        "origin": "outside_he",
        "kind": "articulation", "issuer": "Thomas More Hogeschool (verkorte bacheloropleiding verpleegkunde voor HBO5-gegradueerden)",
        "source": {"reference": "Word Verpleegkundige: Vrijstellingenbeleid – 2. Bachelor verpleegkunde", "url": URL_WV_VRIJ, "certainty": "real", "retrieved": R,
                   "quote": "Al een graduaatsdiploma verpleegkunde (HBO5) op zak? Dan kan je een verkorte bacheloropleiding verpleegkunde volgen. Je wordt vrijgesteld voor 90 studiepunten en moet er dus nog …",
                   "legal_basis": "Codex Hoger Onderwijs (vrijstellingen op basis van EVK)"},
        "note": {"en": "The 90-sp exemption for HBO5 nursing graduates is stated for the bachelor in nursing in general; whether Mechelen organises the shortened route in the same year or only via Lier must be asked. Request the exemptions at enrolment.",
                 "nl": "90 sp vrijstelling voor HBO5-gegradueerden; vraag het verkort traject aan bij de hogeschool.", "de": "Die Freistellung von 90 sp für HBO5-Absolventinnen und -Absolventen der Pflege ist für den Bachelor in der Pflege allgemein angegeben; ob Mechelen den verkürzten Weg im selben Jahr anbietet oder nur über Lier, muss erfragt werden. Die Freistellungen bei der Einschreibung beantragen.", "fr": "La dispense de 90 sp pour les diplômés HBO5 en soins infirmiers est indiquée pour le bachelor en soins infirmiers en général ; il faut demander si Malines organise le parcours raccourci la même année ou seulement via Lier. Demander les dispenses à l'inscription."},
    },
    {
        "id": "be-r-hbo5-pba-verpl-ap",
        "from": ["be-gegradueerde-verpl"], "to": "be-pba-verpl-ap",
        "grant": {"type": "credits", "ects": 90},
        "origin": "outside_he",
        "kind": "articulation", "issuer": "AP Hogeschool Antwerpen (verkorte bacheloropleiding verpleegkunde voor HBO5-gegradueerden)",
        "source": {"reference": "Word Verpleegkundige: Vrijstellingenbeleid – 2. Bachelor verpleegkunde", "url": URL_WV_VRIJ, "certainty": "real", "retrieved": R,
                   "quote": "Al een graduaatsdiploma verpleegkunde (HBO5) op zak? Dan kan je een verkorte bacheloropleiding verpleegkunde volgen. Je wordt vrijgesteld voor 90 studiepunten en moet er dus nog …",
                   "legal_basis": "Codex Hoger Onderwijs (vrijstellingen op basis van EVK)"},
        "note": {"en": "Same Flanders-wide exemption package (90 of 240 sp). Request the exemptions at enrolment; AP's own page on the shortened route was not in the store.",
                 "nl": "90 sp vrijstelling; aan te vragen bij inschrijving.", "de": "Dasselbe flandernweite Freistellungspaket (90 von 240 sp). Die Freistellungen bei der Einschreibung beantragen; die eigene Seite von AP zum verkürzten Weg war nicht im Bestand.", "fr": "Même paquet de dispenses valable dans toute la Flandre (90 des 240 sp). Demander les dispenses à l'inscription ; la page d'AP sur le parcours raccourci ne figurait pas dans le fonds consulté."},
    },
    {
        "id": "be-r-ba1-basisverpl",
        "from": ["be-pba-verpl-jaar1"], "to": "be-basisverpl-bahbo5",
        "grant": {"type": "advanced_entry", "year": 2},
        "origin": "higher_education",
        "kind": "articulation", "issuer": "School Graduaat Basisverpleegkunde (bahbo5.be), toelatingsklassenraad",
        "source": {"reference": "bahbo5.be: Vrijstellingen in het graduaat basisverpleegkunde", "url": URL_BAHBO5_VRIJ, "certainty": "real", "retrieved": R,
                   "quote": "Je kan een vrijstelling krijgen voor de eerste module én de tweede module in de volgende gevallen. Je bent geslaagd in een 1e jaar Bachelor Verpleegkunde of Vroedkunde."},
        "note": {"en": "Exemption from modules 1 and 2 (one semester each = the first year of three): modelled as entry into year 2. Must be requested ('Alle vrijstellingen moet je zélf aanvragen'). Students who passed most but not all of year 1 can still get it from the toelatingsklassenraad (case by case, not modelled).",
                 "nl": "Vrijstelling modules 1 en 2 na een geslaagd 1e jaar bachelor verpleegkunde of vroedkunde.", "de": "Freistellung von den Modulen 1 und 2 (je ein Semester = das erste von drei Jahren): als Einstieg ins 2. Jahr abgebildet. Muss beantragt werden („Alle vrijstellingen moet je zélf aanvragen“). Wer das 1. Jahr größtenteils, aber nicht vollständig bestanden hat, kann sie dennoch vom toelatingsklassenraad erhalten (Einzelfall, nicht abgebildet).", "fr": "Dispense des modules 1 et 2 (un semestre chacun = la première des trois années) : modélisée comme une entrée en 2e année. Doit être demandée (« Alle vrijstellingen moet je zélf aanvragen »). Les étudiants qui ont réussi la plus grande partie mais pas la totalité de la 1re année peuvent encore l'obtenir du toelatingsklassenraad (au cas par cas, non modélisé)."},
    },
    {
        "id": "be-r-ba2-basisverpl",
        "from": ["be-pba-verpl-jaar2"], "to": "be-basisverpl-bahbo5",
        "grant": {"type": "advanced_entry", "year": 3},
        "origin": "higher_education",
        "kind": "articulation", "issuer": "School Graduaat Basisverpleegkunde (bahbo5.be), toelatingsklassenraad",
        "source": {"reference": "bahbo5.be: Vrijstellingen in het graduaat basisverpleegkunde", "url": URL_BAHBO5_VRIJ, "certainty": "real", "retrieved": R,
                   "quote": "Je kan een vrijstelling krijgen voor de derde module en de vierde module in de volgende gevallen. Je bent geslaagd in een 2e jaar Bachelor Verpleegkunde of Vroedkunde."},
        "note": {"en": "Exemption from modules 3 and 4 (with modules 1 and 2 from the passed first year): only module 5 (two semesters) remains, modelled as entry into year 3. Must be requested.",
                 "nl": "Vrijstelling modules 3 en 4 na een geslaagd 2e jaar bachelor; enkel module 5 blijft.", "de": "Freistellung von den Modulen 3 und 4 (zusammen mit den Modulen 1 und 2 aus dem bestandenen ersten Jahr): Nur Modul 5 (zwei Semester) bleibt, abgebildet als Einstieg ins 3. Jahr. Muss beantragt werden.", "fr": "Dispense des modules 3 et 4 (avec les modules 1 et 2 de la première année réussie) : seul le module 5 (deux semestres) reste, modélisé comme une entrée en 3e année. Doit être demandée."},
    },
    {
        "id": "be-r-zalm-ua-90",
        "from": ["be-pba-edu-so", "be-getuigschrift-schakel-edma-ua"], "to": "be-ua-edma-90",
        "grant": {"type": "credits", "ects": 15},
        "origin": "higher_education",
        "kind": "articulation", "issuer": "Universiteit Antwerpen (zalmtraject)",
        "source": {"reference": "Universiteit Antwerpen: Van een professionele bachelor secundair onderwijs naar een educatieve master (zalmtraject)", "url": URL_UA_ZALM, "certainty": "real", "retrieved": R,
                   "quote": "In het zalmtraject neem je (minstens) 30 studiepunten van de component leraarschap op, waaronder een stage, een vakdidactiek en de masterproef. Voor andere opleidingsonderdelen uit de component leraarschap kun je vrijstellingen aanvragen. Je volgt dus, na het schakelprogramma, nog: 75 studiepunten voor een educatieve master van 90 studiepunten"},
        "note": {"en": "Holders of the professional educational bachelor in secondary education who completed the schakelprogramma study 75 of the 90 sp: 15 sp of the teaching component are exempted. No exemptions in the subject domain.",
                 "nl": "Na het schakelprogramma nog 75 van de 90 sp (15 sp vrijstellingen component leraarschap).", "de": "Inhaberinnen und Inhaber des berufsqualifizierenden Lehramtsbachelors für die Sekundarstufe, die das schakelprogramma abgeschlossen haben, studieren 75 der 90 sp: 15 sp der Lehramtskomponente werden freigestellt. Keine Freistellungen im Fachbereich.", "fr": "Les titulaires du bachelier professionnalisant en enseignement secondaire qui ont terminé le schakelprogramma étudient 75 des 90 sp : 15 sp de la composante enseignement sont dispensés. Pas de dispense dans le domaine disciplinaire."},
    },
    {
        "id": "be-r-zalm-ua-120",
        "from": ["be-pba-edu-so", "be-getuigschrift-schakel-edma-ua"], "to": "be-ua-edma-120",
        "grant": {"type": "credits", "ects": 15},
        "origin": "higher_education",
        "kind": "articulation", "issuer": "Universiteit Antwerpen (zalmtraject)",
        "source": {"reference": "Universiteit Antwerpen: Van een professionele bachelor secundair onderwijs naar een educatieve master (zalmtraject)", "url": URL_UA_ZALM, "certainty": "real", "retrieved": R,
                   "quote": "Je volgt dus, na het schakelprogramma, nog: … 105 studiepunten voor een educatieve master van 120 studiepunten, waarvan 75 sp in je vakdomein en 30 sp uit de component leraarschap. Voor opleidingsonderdelen uit je vakdomein krijg je, op basis van je professionele bachelor, dus geen vrijstellingen."},
        "note": {"en": "105 of 120 sp left: 15 sp of the teaching component exempted.",
                 "nl": "Nog 105 van de 120 sp.", "de": "105 von 120 sp bleiben: 15 sp der Lehramtskomponente freigestellt.", "fr": "Il reste 105 des 120 sp : 15 sp de la composante enseignement sont dispensés."},
    },
    {
        "id": "be-r-edu-so-vp-edma-ugent",
        "from": ["be-pba-edu-so"], "to": "be-ugent-vp-edma",
        "grant": {"type": "exemption", "modules": ["be-ugent-vp-edma-kle"]},
        "origin": "higher_education",
        "kind": "articulation", "issuer": "Universiteit Gent (lerarenopleiding)",
        "source": {"reference": "Universiteit Gent: Diploma van leraar (eduma na bachelor) – Educatieve bachelor secundair onderwijs", "url": URL_UGENT_EDUMANABA, "certainty": "real", "retrieved": R,
                   "quote": "Je schrijft in voor het voorbereidingsprogramma tot educatieve master (15 studiepunten): Je volgt de vakdidactiek (9 studiepunten). Je vraagt een vrijstelling aan voor Krachtige leeromgevingen (6 studiepunten)."},
        "note": {"en": "For holders of the educational bachelor in secondary education: 6 of the 15 sp exempted on request; 9 sp subject didactics remain. (Step 1 of their route is a schakelprogramma or shortened academic bachelor, not modelled.)",
                 "nl": "Vrijstelling Krachtige leeromgevingen (6 sp) aan te vragen.", "de": "Für Inhaberinnen und Inhaber des Lehramtsbachelors für die Sekundarstufe: 6 der 15 sp auf Antrag freigestellt; 9 sp Fachdidaktik bleiben. (Schritt 1 ihres Weges ist ein schakelprogramma oder ein verkürzter akademischer Bachelor, nicht abgebildet.)", "fr": "Pour les titulaires du bachelier en enseignement secondaire : 6 des 15 sp dispensés sur demande ; il reste 9 sp de didactique de la discipline. (L'étape 1 de leur parcours est un schakelprogramma ou un bachelor académique raccourci, non modélisé.)"},
    },
    {
        "id": "be-r-slo-edma-verkort-ugent",
        "from": ["be-slo-diploma"], "to": "be-ugent-edma-verkort",
        "grant": {"type": "credits", "ects": 51},
        "origin": "higher_education",
        "kind": "individual", "issuer": "Universiteit Gent (vrijstellingsaanvraag verkorte educatieve master)",
        "source": {"reference": "Universiteit Gent: Diploma van leraar (verkorte eduma) – Specifieke Lerarenopleiding (SLO)", "url": URL_UGENT_VERKORT, "certainty": "real", "retrieved": R,
                   "quote": "Je beschikt over een master- of licentiaatsdiploma én SLO diploma. Je wil een internationaal herkenbaar diploma? Je moet minstens nog de masterpraktijkproef (9 studiepunten) opnemen. … Dien een vrijstellingsaanvraag in voor de overige opleidingsonderdelen uit de verkorte educatieve master."},
        "note": {"en": "Maximum: of the 60-sp shortened educational master at least the 9-sp masterpraktijkproef remains, so at most 51 sp are exempted on request. If the educational master gives more teaching qualification than the SLO diploma, a subject didactics (6 sp) and a placement (4 sp) are added (then at most 41 sp exempted).",
                 "nl": "Maximaal 51 sp vrijstelling (minstens masterpraktijkproef 9 sp blijft).", "de": "Maximum: Vom verkürzten Lehramtsmaster (educatieve master) mit 60 sp bleibt mindestens die masterpraktijkproef mit 9 sp, also höchstens 51 sp auf Antrag freigestellt. Gibt der Lehramtsmaster eine weitergehende Lehrbefähigung als das SLO-Diplom, kommen eine Fachdidaktik (6 sp) und ein Praktikum (4 sp) hinzu (dann höchstens 41 sp freigestellt).", "fr": "Maximum : du master en enseignement (educatieve master) raccourci de 60 sp reste au moins la masterpraktijkproef de 9 sp, soit au plus 51 sp dispensés sur demande. Si le master en enseignement donne une qualification d'enseignement plus large que le diplôme SLO, une didactique de la discipline (6 sp) et un stage (4 sp) s'ajoutent (au plus 41 sp dispensés)."},
    },
    {
        "id": "be-r-edma-extra-vakdidactiek-ugent",
        "from": ["be-edma"], "to": "be-ugent-edma-verkort",
        "grant": {"type": "credits", "ects": 50},
        "origin": "higher_education",
        "kind": "individual", "issuer": "Universiteit Gent (vrijstellingsaanvraag verkorte educatieve master)",
        "source": {"reference": "Universiteit Gent: Diploma van leraar (verkorte eduma) – Educatieve masteropleiding", "url": URL_UGENT_VERKORT, "certainty": "real", "retrieved": R,
                   "quote": "Je beschikt reeds over een diploma van educatieve master en wenst extra vereiste bekwaamheid te behalen? … Neem volgende opleidingsonderdelen op: Gewenste vakdidactiek (6 studiepunten of 2 x 3 studiepunten voor talen) Stage (4 studiepunten of 2 x 3 studiepunten voor talen) overeenkomstig met de opgenomen vakdidactiek(en) Dien een vrijstellingsaanvraag in voor de overige opleidingsonderdelen uit de verkorte educatieve master."},
        "note": {"en": "Holders of an educational master who want an extra teaching subject take 10 sp (6 didactics + 4 placement) of the 60-sp shortened route: at most 50 sp exempted on request (12 sp for languages: 2 × 3 + 2 × 3, then 48).",
                 "nl": "Maximaal 50 sp vrijstelling; 10 sp vakdidactiek + stage blijven.", "de": "Inhaberinnen und Inhaber eines Lehramtsmasters, die ein zusätzliches Unterrichtsfach wollen, belegen 10 sp (6 Didaktik + 4 Praktikum) des verkürzten Weges mit 60 sp: höchstens 50 sp auf Antrag freigestellt (12 sp bei Sprachen: 2 × 3 + 2 × 3, dann 48).", "fr": "Les titulaires d'un master en enseignement qui veulent une matière d'enseignement supplémentaire suivent 10 sp (6 de didactique + 4 de stage) du parcours raccourci de 60 sp : au plus 50 sp dispensés sur demande (12 sp pour les langues : 2 × 3 + 2 × 3, puis 48)."},
    },
    {
        "id": "be-r-ba1-hbo5-vesalius",
        "from": ["be-pba-verpl-jaar1"], "to": "be-hbo5-verpl-vesalius",
        "grant": {"type": "advanced_entry", "year": 2},
        "origin": "higher_education",
        "kind": "individual", "issuer": "Vesalius HBO5 Verpleegkunde, toelatingsklassenraad",
        "source": {"reference": "Vesalius HBO5 Verpleegkunde Kortrijk: Diploma & voorwaarden", "url": URL_VESALIUS, "certainty": "illustrative", "retrieved": R,
                   "quote": "Wil je van een bachelor-opleiding verpleegkunde of vroedkunde overstappen naar de HBO-5 opleiding verpleegkunde, dan kan je op basis van elders verworven competenties een attest van vrijstelling verkrijgen voor één of meerdere modules. Ook hierover zal de toelatingsklassenraad beslissen."},
        "note": {"en": "Illustrative amount: Vesalius grants exemptions for 'one or more modules' case by case; entry into year 2 (modules 1 and 2) after a passed first bachelor year is an example modelled on the bahbo5.be rule, not Vesalius' stated policy.",
                 "nl": "Voorbeeld: aantal vrijgestelde modules beslist de toelatingsklassenraad.", "de": "Beispielhafter Umfang: Vesalius gewährt Freistellungen für „ein oder mehrere Module“ im Einzelfall; der Einstieg ins 2. Jahr (Module 1 und 2) nach einem bestandenen ersten Bachelorjahr ist ein Beispiel nach der Regel von bahbo5.be, nicht die erklärte Praxis von Vesalius.", "fr": "Volume illustratif : Vesalius accorde des dispenses pour « un ou plusieurs modules » au cas par cas ; l'entrée en 2e année (modules 1 et 2) après une première année de bachelor réussie est un exemple calqué sur la règle de bahbo5.be, pas la politique déclarée de Vesalius."},
    },
    {
        "id": "be-r-evc-hbo5-antwerpen",
        "from": ["be-bk-zorgkundige"], "to": "be-hbo5-verpl-antwerpen",
        "grant": {"type": "advanced_entry", "year": 2},
        "origin": "outside_he",
        "kind": "individual", "issuer": "Stedelijk Onderwijs Antwerpen HBO5 Verpleegkunde (beoordelingscommissie, beslissing directeur)",
        "source": {"reference": "Stedelijk Onderwijs Antwerpen: Vrijstellingen HBO5 Verpleegkunde op basis van eerder verworven competenties (EVC)", "url": URL_SOA_EVC, "certainty": "illustrative", "retrieved": R,
                   "quote": "Deed je eerdere praktijkervaring(en) op en wil je die vaardigheden of ervaring laten meetellen, dan kan je een vrijstellingsaanvraag indienen op basis van eerder verworven competenties voor één of meerdere modules."},
        "note": {"en": "Illustrative: the procedure (portfolio linked to the module's ECTS sheet, possible interview or test, decision within 20 working days) is real; that an experienced zorgkundige gets modules 1 and 2 (year 1) is an example only.",
                 "nl": "Voorbeeld; de beoordelingscommissie beslist per module.", "de": "Beispielhaft: Das Verfahren (Portfolio bezogen auf das ECTS-Blatt des Moduls, ggf. Gespräch oder Test, Entscheidung innerhalb von 20 Arbeitstagen) ist real; dass eine erfahrene zorgkundige die Module 1 und 2 (1. Jahr) erhält, ist nur ein Beispiel.", "fr": "Illustratif : la procédure (portfolio rattaché à la fiche ECTS du module, entretien ou test éventuel, décision dans les 20 jours ouvrables) est réelle ; qu'une zorgkundige expérimentée obtienne les modules 1 et 2 (1re année) n'est qu'un exemple."},
    },
]

credentials += [
    {"id": "be-bk-zorgkundige", "title": {"nl": "Ervaren zorgkundige (geregistreerd, met praktijkervaring; EVC-portfolio)", "en": "Experienced registered care assistant (zorgkundige) with an EVC portfolio"}, "field": "0913", "country": "BE"},
]

URL_PXL_TRAJECT = "https://www.pxl.be/Pub/Studenten/Subnavigatie-Studenten-Leven-aan-Hogeschool-PXL-Studeren/Subnavigatie-Studenten-Leven-aan-Hogeschool-PXL-Studeren-Studietraject.html"
offers += [
    {
        "id": "be-pba-verpl-pxl",
        "title": {"nl": "Professionele bachelor in de verpleegkunde – Hogeschool PXL", "en": "Professional bachelor of Nursing – PXL University of Applied Sciences and Arts"},
        "kind": "bachelor", "provider": "be-pxl", "eqf": 6,
        "national_level": {"framework": "VKS", "level": "6"},
        "credits": {"value": 240, "system": "ects"}, "duration_months": 48, "years": 4,
        "modes": ["full_time", "part_time"], "languages": ["nl"], "field": "0913", "starts": ["--09-01"],
        "cost": {"amount": fee(4, 240), "currency": "EUR", "academic_year": "2023/24"},
        "awards": "be-pba-verpl", "entry": ENTRY_BACHELOR,
        "url": URL_PXL_TRAJECT,
        "note": {"en": "Four 60-sp trajectschijven (one a year in normal circumstances). Cost = 4 × EUR 1,092.10 (2023/24). " + FEE_NOTE_EN,
                 "nl": "4 trajectschijven van 60 sp. Kosten = 4 × € 1.092,10 (2023-2024)."},
        "source": {"reference": "Hogeschool PXL: Studietraject", "url": URL_PXL_TRAJECT, "certainty": "real", "retrieved": R,
                   "quote": "Diploma professionele bachelor in de Verpleegkunde: 240 studiepunten … De professionele bachelor in de Verpleegkunde bestaat uit 4 trajectschijven van elk 60 studiepunten."},
    },
]
rules += [
    {
        "id": "be-r-hbo5-pba-verpl-pxl",
        "from": ["be-gegradueerde-verpl"], "to": "be-pba-verpl-pxl",
        "grant": {"type": "credits", "ects": 90},
        "origin": "outside_he",
        "kind": "articulation", "issuer": "Hogeschool PXL (verkorte bacheloropleiding verpleegkunde voor HBO5-gegradueerden)",
        "source": {"reference": "Word Verpleegkundige: Vrijstellingenbeleid – 2. Bachelor verpleegkunde", "url": URL_WV_VRIJ, "certainty": "real", "retrieved": R,
                   "quote": "Al een graduaatsdiploma verpleegkunde (HBO5) op zak? Dan kan je een verkorte bacheloropleiding verpleegkunde volgen. Je wordt vrijgesteld voor 90 studiepunten en moet er dus nog …",
                   "legal_basis": "Codex Hoger Onderwijs (vrijstellingen op basis van EVK)"},
        "note": {"en": "Flanders-wide 90-sp exemption package for HBO5 nursing graduates (150 of 240 sp left). Request the exemptions at enrolment.",
                 "nl": "90 sp vrijstelling; aan te vragen bij inschrijving.", "de": "Flandernweites Freistellungspaket von 90 sp für HBO5-Absolventinnen und -Absolventen der Pflege (150 von 240 sp bleiben). Die Freistellungen bei der Einschreibung beantragen.", "fr": "Paquet de dispenses de 90 sp valable dans toute la Flandre pour les diplômés HBO5 en soins infirmiers (il reste 150 des 240 sp). Demander les dispenses à l'inscription."},
    },
]

# awarded-only credentials need no declaration: be-gegradueerde-verpl, be-pba-verpl, be-grad-werforg-pxl, ...

dataset = {
    "format": "pathways-dataset", "version": 1,
    "meta": {"title": {"en": "Pathways Planner demo dataset: Belgium – Flemish Community (curated, issue 12)", "nl": "Pathways Planner demodataset: Vlaanderen"},
             "publisher": "Pathways Planner demo", "license": "CC BY 4.0 (compilation); facts from the sources cited per item",
             "retrieved": R},
    "providers": providers, "credentials": credentials, "offers": offers, "rules": rules,
}

if __name__ == "__main__":
    print(json.dumps(dataset, ensure_ascii=False, indent=2))
