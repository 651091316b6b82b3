"""Scotland (UK-SCT): curated records, one dict per record (issue 12). Generate with:
python3 pathways-data/sources/uk-sct.py > pathways-data/demo/uk-sct.json

Every fact was read with the search tool (stored copies of public pages) on 2026-12-01.
A `real` source carries the exact English sentence(s) it rests on in `quote`.
SCQF credits are converted at 2 SCQF credit points = 1 ECTS (ects_per_unit 0.5); Open University
credits likewise (60 OU credits = 30 ECTS).
Graded-unit grades are normalised for the engine as A = 70, B = 60, C = 50 (a convention of this
dataset, not a source figure): "B or above" becomes min_grade 60, "A" becomes min_grade 70.
"""
import json

R = "2026-12-01"

URL_STIR_ART = "https://www.stir.ac.uk/study/undergraduate/widening-participation/coming-from-college/articulation/"
URL_STIR_CS = "https://www.stir.ac.uk/courses/ug/computing-science/"
URL_STIR_SCOT = "https://www.stir.ac.uk/undergraduate-study/financial-information/scottish-students/"
URL_STIR_CRIM = "https://stg.scrapper.courseoptions.com/courses/40275"
URL_UCAS_DATES = "https://www.ucas.com/advisers/help-and-training/guides-resources-and-training/application-overview/application-deadlines"
URL_SCQF_CP = "http://www.scqf.co.uk/The%20Framework/Credit%20Points"
URL_SCQF_DB = "http://scqf.org.uk/about-the-scqf-database/"
URL_SQA_HNDCS = "https://www.sqa.org.uk/sqa/65893.html"
URL_COGC_FEES = "https://www.cityofglasgowcollege.ac.uk/student-funding/fees"
URL_COGC_QUALS = "https://www.cogc.ac.uk/studying-city/qualifications-explained"
URL_COGC_HND = "https://www.cityofglasgowcollege.ac.uk/courses/hnd-computer-science-next-generation-scqf-level-8-2026-08-24"
URL_DA_ART = "https://dundeeandangus.ac.uk/studying-at-da/going-from-college-to-uni/articulation-agreements"
URL_UHI_ART = "http://a-new-college-for-shetland.uhi.ac.uk/en/studying-at-uhi/first-steps/articulation/"
URL_UHI_COMP = "https://stg.scrapper.courseoptions.com/courses/33025"
URL_OU_Q62 = "https://pd-eweb.open.ac.uk/ProductRenditionsUI/ProductRendition/ProductDescription/OUTIS1BD/Q62/Undergrad%20Qual/Y/V1.0/EN"
URL_OU_SCOT_FEES = "http://www.open.ac.uk/scotland/study/fees-and-funding"
URL_OU_CT = "https://www.open.ac.uk/courses/choose/college-routes/build"
URL_OU_CT_FINDER = "https://credit-transfer.open.ac.uk/my-previous-study"
URL_SWAP_ELIG = "https://scottishwideraccess.org/national-is-swap-for-me"
URL_SWAP_BLOG = "https://www.teaching-matters-blog.ed.ac.uk/scottish-wider-access-programme-supporting-adults-returning-to-education/"
URL_SWAP_FUND = "https://www.scottishwideraccess.org/join-swap"
URL_GA_GLA = "https://gla.ac.uk/undergraduate/degrees/softwareengineeringgraduateapprenticeship"
URL_GA_FAQ = "https://www.apprenticeships.scot/for-employers/graduate-apprenticeships/frequently-asked-questions-about-gas-employers/"
URL_ED_FA = "https://www.ed.ac.uk/studying/undergraduate/entry-requirements/scottish-qualifications/foundation-apprenticeships"
URL_SCQF_HONS = "https://docslib.org/doc/8763413/scqf-credit-rated-qualifications"
URL_SFC_ART = "https://www.sfc.ac.uk/student-interests/fair-access/articulation/"
URL_ED_HN = "https://www.ed.ac.uk/science-engineering/studying/undergraduate/applying/entrancerequirements/adultreturners/hnc-hnd-qualifications"
URL_ED_BIO = "https://www.ed.ac.uk/biology/study-with-us/undergraduate/degree-options/degree-structure"
URL_UHI_ACCFIN = "https://stg.scrapper.courseoptions.com/courses/24273"
URL_QMU_4Y = "https://www.edinburghnews.scotsman.com/news/three-year-degree-for-university-1-2218274"
URL_SQA_FA = "https://www.sqa.org.uk/sqa/101347.html"
URL_MORAY_FA = "https://www.moray.uhi.ac.uk/schools/foundation-apprenticeship"
URL_NAPIER_GA = "https://www.napier.ac.uk/study-with-us/apprenticeships/beng-hons-cybersecurity-ga"
URL_OU_MC = "http://www.openuniversity.edu/courses/microcredentials/cyber-security-tzfm862"
URL_OU_MC_OT = "https://fenews.co.uk/?p=47856"
URL_OU_MC_OT_BLOG = "https://blogs.cardiff.ac.uk/LTAcademy/my-experience-of-completing-a-micro-credential-with-the-ou-through-the-futurelearn-platform/"
URL_OU_MC_PG = "https://www.open.ac.uk/postgraduate/redirect/microcredentials-and-ou-qualifications"


def src(reference, url, quote, certainty="real", legal_basis=None):
    s = {"reference": reference, "url": url, "certainty": certainty, "retrieved": R, "quote": quote}
    if legal_basis:
        s["legal_basis"] = legal_basis
    return s


SCQF = lambda v: {"value": v, "system": "scqf", "ects_per_unit": 0.5}
OUCR = lambda v: {"value": v, "system": "ou", "ects_per_unit": 0.5}

# Quotes reused by several records
Q_STIR_HEAD = ("We accept Higher National Certificate (HNCs) and Higher National Diploma (HNDs) qualifications as "
               "suitable entry requirements into Year 1 of our degree courses. We usually ask for students to pass the "
               "whole course and obtain Bs or above in their graded units – with the exception of our law degrees, in "
               "which we look for As.")
Q_HN_FEE = "Fees for 2023/24 are: HNC/D: £1285 Degree: £1820"
Q_SCQF_HND = ("HNC/HND qualifications can be found by using the keyword search field and typing in ‘Higher National "
              "(subject)’. All HNC qualifications are worth 96 SCQF credit points at Level 7; all HND qualifications are "
              "worth 240 SCQF credit points at Level 8.")
Q_SCQF_HONS = ("For general information, all ordinary degrees are worth 360 SCQF credit points at Level 9 and all Honours "
               "degrees are worth 480 SCQF credit points at Level 10.")
Q_SQA_DUR = "Typically, an HNC takes one year to complete and an HND takes two years."

providers = [
    {"id": "uk-sqa", "name": {"en": "Scottish Qualifications Authority (awarding body; HNC/HND delivered by Scotland's colleges)"},
     "country": "UK", "nuts": "UKM", "url": "https://www.sqa.org.uk"},
    {"id": "uk-cogc", "name": {"en": "City of Glasgow College"}, "country": "UK", "nuts": "UKM8",
     "url": "https://www.cityofglasgowcollege.ac.uk"},
    {"id": "uk-dundee-angus", "name": {"en": "Dundee and Angus College"}, "country": "UK", "nuts": "UKM7",
     "url": "https://dundeeandangus.ac.uk"},
    {"id": "uk-stirling", "name": {"en": "University of Stirling"}, "country": "UK", "nuts": "UKM7",
     "url": "https://www.stir.ac.uk"},
    {"id": "uk-aberdeen", "name": {"en": "University of Aberdeen"}, "country": "UK", "nuts": "UKM5",
     "url": "https://www.abdn.ac.uk"},
    {"id": "uk-gcu", "name": {"en": "Glasgow Caledonian University"}, "country": "UK", "nuts": "UKM8",
     "url": "https://www.gcu.ac.uk"},
    {"id": "uk-uhi", "name": {"en": "University of the Highlands and Islands (UHI)"}, "country": "UK", "nuts": "UKM6",
     "url": "https://www.uhi.ac.uk"},
    {"id": "uk-ou", "name": {"en": "The Open University in Scotland"}, "country": "UK", "nuts": "UKM",
     "url": "https://www.open.ac.uk/scotland"},
    {"id": "uk-glasgow", "name": {"en": "University of Glasgow"}, "country": "UK", "nuts": "UKM8",
     "url": "https://www.gla.ac.uk"},
    {"id": "uk-swap", "name": {"en": "Scottish Wider Access Programme (SWAP East / SWAP West partnership colleges)"},
     "country": "UK", "nuts": "UKM", "url": "https://www.scottishwideraccess.org"},
    {"id": "uk-abertay", "name": {"en": "Abertay University"}, "country": "UK", "nuts": "UKM7",
     "url": "https://www.abertay.ac.uk"},
    {"id": "uk-qmu", "name": {"en": "Queen Margaret University, Edinburgh"}, "country": "UK", "nuts": "UKM7",
     "url": "https://www.qmu.ac.uk"},
    {"id": "uk-edinburgh", "name": {"en": "The University of Edinburgh"}, "country": "UK", "nuts": "UKM7",
     "url": "https://www.ed.ac.uk"},
    {"id": "uk-napier", "name": {"en": "Edinburgh Napier University"}, "country": "UK", "nuts": "UKM7",
     "url": "https://www.napier.ac.uk"},
    {"id": "uk-fa-providers", "name": {"en": "Foundation Apprenticeship providers (Scottish colleges with schools and employers; SQA group award)"},
     "country": "UK", "nuts": "UKM", "url": "https://www.sqa.org.uk/sqa/101347.html"},
]

credentials = [
    {"id": "uk-highers", "title": {"en": "SQA Highers (SCQF level 6), e.g. four Highers"}, "eqf": 4, "country": "UK"},
]

HN_FEE_NOTE = ("Fee for Scotland-domiciled full-time students £1,285 a year (2023/24, SFC-set fee as published by City of "
               "Glasgow College); SAAS pays it for eligible students.")

offers = [
    # ------------------------------------------------------------------ computing chain (Stirling articulation)
    {
        "id": "uk-hnc-0613",
        "title": {"en": "HNC Computing (Software Development with Data Analytics)"},
        "description": {"en": "SQA Higher National Certificate at SCQF level 7, taught at Scottish colleges; the title is the one used in the University of Stirling articulation listing."},
        "kind": "short_cycle_he", "provider": "uk-sqa", "eqf": 5,
        "national_level": {"framework": "SCQF", "level": "7"},
        "credits": SCQF(120),
        "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 1285, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0613", "starts": ["--08-24"],
        "support": {"fewer_opportunities": True, "mobility": False},
        "awards": "uk-hnc-0613",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "level", "min_eqf": 4, "country": "UK"}]},
        "years": 1,
        "url": URL_STIR_ART,
        "note": {"en": HN_FEE_NOTE + " Credit value: current (Next Generation) HNCs and the HNCs accepted by UHI and D&A College partners carry 120 SCQF credits; older HNCs were rated 96 (SCQF database)."},
        "source": src("SQA: HNC/HND durations; SCQF database: HNC at SCQF level 7", URL_SQA_HNDCS, Q_SQA_DUR),
    },
    {
        "id": "uk-hnd-0613",
        "title": {"en": "HND Computing: Software Development (with Data Analytics)"},
        "description": {"en": "SQA Higher National Diploma at SCQF level 8 (240 SCQF credits), two years full time at a Scottish college."},
        "kind": "short_cycle_he", "provider": "uk-sqa", "eqf": 5,
        "national_level": {"framework": "SCQF", "level": "8"},
        "credits": SCQF(240),
        "duration_months": 24, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 2570, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0613", "starts": ["--08-24"],
        "awards": "uk-hnd-0613",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-hnc-0613"},
                                             {"type": "credential", "credential": "uk-highers"}]},
        "years": 2,
        "url": URL_STIR_ART,
        "note": {"en": "Total = 2 × £1,285 (2023/24). " + HN_FEE_NOTE},
        "source": src("SCQF Partnership, About the SCQF database (HND = 240 SCQF credit points at level 8)", URL_SCQF_DB, Q_SCQF_HND),
    },
    {
        "id": "uk-hnd-0613-ts",
        "title": {"en": "HND Computing: Technical Support"},
        "description": {"en": "SQA Higher National Diploma (group award G7TR 16) at SCQF level 8."},
        "kind": "short_cycle_he", "provider": "uk-sqa", "eqf": 5,
        "national_level": {"framework": "SCQF", "level": "8"},
        "credits": SCQF(240),
        "duration_months": 24, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 2570, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0612",
        "awards": "uk-hnd-0613-ts",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "level", "min_eqf": 4, "country": "UK"}]},
        "years": 2,
        "url": URL_STIR_ART,
        "note": {"en": "Total = 2 × £1,285 (2023/24). " + HN_FEE_NOTE},
        "source": src("SCQF Partnership, About the SCQF database (HND = 240 SCQF credit points at level 8)", URL_SCQF_DB, Q_SCQF_HND),
    },
    {
        "id": "uk-hnd-cogc-cs",
        "title": {"en": "Computer Science (Next Generation) HND (SCQF level 8)"},
        "description": {"en": "One-year Next Generation HND at City of Glasgow College for holders of the Next Generation HNC Computing (GT6G 47)."},
        "kind": "short_cycle_he", "provider": "uk-cogc", "eqf": 5,
        "national_level": {"framework": "SCQF", "level": "8"},
        "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 1285, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0613", "starts": ["2026-08-24"],
        "awards": "uk-hnd-cogc-cs",
        "entry": {"type": "credential", "credential": "uk-hnc-0613"},
        "years": 1,
        "url": URL_COGC_HND,
        "note": {"en": "Minimum entry: HNC Computing (NextGen) GT6G 47 or an equivalent HNC Computing (the page is cut off after 'HNC Comput'; the dataset uses the HNC above). " + HN_FEE_NOTE},
        "source": src("City of Glasgow College, Computer Science (Next Generation) HND, start 24 Aug 2026",
                      URL_COGC_HND,
                      "Computer Science (Next Generation) HND (SCQF level 8) … Full-time … Start Date 24th Aug 2026, 1 year … Minimum entry requirements • HNC Computing (NextGen) – GT6G 47; OR"),
    },
    {
        "id": "uk-bsc-0613",
        "title": {"en": "BSc (Hons) Computing Science"},
        "description": {"en": "University of Stirling, UCAS code G400, SCQF level 10 honours degree (480 SCQF credits), accredited by the British Computer Society."},
        "kind": "bachelor", "provider": "uk-stirling", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time", "part_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0613", "starts": ["--09-14"],
        "support": {"fewer_opportunities": True, "mobility": True},
        "awards": "uk-bsc-0613",
        "entry": {"type": "any_of", "any": [
            {"type": "credential", "credential": "uk-highers"},
            {"type": "credential", "credential": "uk-hnc-0613"},
            {"type": "credential", "credential": "uk-hnd-0613"},
            {"type": "credential", "credential": "uk-hnd-0613-ts"},
            {"type": "credential", "credential": "uk-swap-access"}]},
        "years": 4,
        "url": URL_STIR_CS,
        "note": {"en": "Total = 4 × £1,820, the SFC-set degree fee for Scotland-domiciled students (2023/24, as published by City of Glasgow College). Stirling: eligible Scottish-domiciled full-time students pay no fee themselves – SAAS pays it. Key facts: 'Duration 36 months or 48 months' (36 = fast track). SWAP access students: all Scottish universities offer places to SWAP students (SWAP); the specific Stirling offer is not verified."},
        "source": src("University of Stirling, BSc (Hons) Computing Science (key facts)", URL_STIR_CS,
                      "BSc (Hons) Computing Science … Key facts • Award BSc (Hons) • Start date September 2024, January 2025 • Duration 36 months or 48 months • Mode of study full time, part time • Delivery on campus • UCAS Code G400"),
    },
    {
        "id": "uk-ga-se-glasgow",
        "title": {"en": "Software Engineering (Graduate Apprenticeship) BSc (Hons)"},
        "description": {"en": "Work-based honours degree: about 80 % in the workplace and 20 % at the University of Glasgow; apprentices are employed and paid."},
        "kind": "apprenticeship", "provider": "uk-glasgow", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "duration_months": 48, "modes": ["work_based", "blended"], "languages": ["en"],
        "cost": {"amount": 0, "currency": "GBP"},
        "field": "0613", "starts": ["--09-01"],
        "support": {"fewer_opportunities": True, "mobility": False},
        "awards": "uk-ga-se-glasgow",
        "entry": {"type": "credential", "credential": "uk-highers"},
        "years": 4,
        "url": URL_GA_GLA,
        "note": {"en": "Apply to a partner employer (not via UCAS); you must pass the employer's recruitment and meet the academic entry requirements. Free: fully funded for eligible students by SFC via SAAS (no academic year stated on the page)."},
        "source": src("University of Glasgow, Software Engineering (Graduate Apprenticeship) BSc", URL_GA_GLA,
                      "No student fees: this programme is fully funded for eligible students by the Scottish Funding Council via the Students Award Agency for Scotland (SAAS). … Software Engineering (Graduate Apprenticeship) BSc (Hons) 4 year degree"),
    },
    {
        "id": "uk-ou-q62",
        "title": {"en": "BSc (Honours) Computing and IT (Q62)"},
        "description": {"en": "Open University distance-learning degree of 360 OU credits in three stages; no formal entry requirements."},
        "kind": "bachelor", "provider": "uk-ou", "eqf": 6,
        "credits": OUCR(360),
        "duration_months": 72, "modes": ["online", "part_time"], "languages": ["en"],
        "cost": {"amount": 6048, "currency": "GBP", "academic_year": "2019/20"},
        "field": "0613", "starts": ["--10-01"],
        "support": {"fewer_opportunities": True, "mobility": False},
        "awards": "uk-ou-q62",
        "years": 3,
        "url": URL_OU_Q62,
        "note": {"en": "Part-time 6 years (full-time 3 years, time limit 16 years). Cost = 6 × £1,008 per 60 credits in Scotland (2019/20 prices, the latest dated Scottish figure found; an undated later page says £958). Scottish students with personal income of £25,000 or less can get the SAAS Part-Time Fee Grant covering 100 % of fees. OU credits: 60 OU credits ≈ 30 ECTS."},
        "source": src("The Open University, BSc (Honours) Computing and IT (Q62), course summary", URL_OU_Q62,
                      "Course code - Q62 - Credits - 360 - How long it takes - Part-time study – 6 years - Full-time study – 3 years - Time limit – 16 years"),
    },
    # ------------------------------------------------------------------ social sciences at Stirling
    {
        "id": "uk-hnc-socsci",
        "title": {"en": "HNC Social Sciences"},
        "kind": "short_cycle_he", "provider": "uk-sqa", "eqf": 5,
        "national_level": {"framework": "SCQF", "level": "7"},
        "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 1285, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0314", "awards": "uk-hnc-socsci",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "level", "min_eqf": 4, "country": "UK"}]},
        "years": 1, "url": URL_STIR_ART,
        "note": {"en": HN_FEE_NOTE},
        "source": src("SQA: HNC/HND durations", URL_SQA_HNDCS, Q_SQA_DUR),
    },
    {
        "id": "uk-hnd-socsci",
        "title": {"en": "HND Social Sciences"},
        "kind": "short_cycle_he", "provider": "uk-sqa", "eqf": 5,
        "national_level": {"framework": "SCQF", "level": "8"},
        "credits": SCQF(240),
        "duration_months": 24, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 2570, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0314", "awards": "uk-hnd-socsci",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-hnc-socsci"},
                                             {"type": "credential", "credential": "uk-highers"}]},
        "years": 2, "url": URL_STIR_ART,
        "note": {"en": "Total = 2 × £1,285 (2023/24). " + HN_FEE_NOTE},
        "source": src("SCQF Partnership, About the SCQF database", URL_SCQF_DB, Q_SCQF_HND),
    },
    {
        "id": "uk-ba-crimsoc-stir",
        "title": {"en": "BA (Hons) Criminology and Sociology"},
        "kind": "bachelor", "provider": "uk-stirling", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0314", "starts": ["2026-09-14"],
        "awards": "uk-ba-crimsoc-stir",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnc-socsci"},
                                             {"type": "credential", "credential": "uk-hnd-socsci"},
                                             {"type": "credential", "credential": "uk-swap-access"}]},
        "years": 4, "url": URL_STIR_CRIM,
        "note": {"en": "Scottish Highers ABBB (UCAS listing 2026). Total = 4 × £1,820 SFC-set home fee (2023/24); SAAS pays it for eligible Scottish students."},
        "source": src("UCAS course listing (mirror): University of Stirling, Criminology and Sociology, 2026 entry", URL_STIR_CRIM,
                      "Criminology and Sociology … Provider - University of Stirling … \"quantity\": 4 … \"caption\": \"Years\" … \"date\": \"14/09/2026\" … \"caption\": \"Bachelor of Arts (with Honours) - BA (Hons)\""),
    },
    # ------------------------------------------------------------------ accounting (D&A College → Aberdeen / GCU / Stirling / OU)
    {
        "id": "uk-hnc-0413",
        "title": {"en": "HNC Accounting"},
        "kind": "short_cycle_he", "provider": "uk-dundee-angus", "eqf": 5,
        "national_level": {"framework": "SCQF", "level": "7"},
        "credits": SCQF(120),
        "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 1285, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0411", "awards": "uk-hnc-0413",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "level", "min_eqf": 4, "country": "UK"}]},
        "years": 1, "url": URL_DA_ART,
        "note": {"en": "120 SCQF credits (15 SQA credits). " + HN_FEE_NOTE},
        "source": src("Dundee and Angus College, articulation agreements (HNC Accounting)", URL_DA_ART,
                      "Queen Margaret | BA (Hons) Business Management | 1+3 | Complete and pass HNC, achieving 15 credits/120 SCQF credit points and B in the graded unit"),
    },
    {
        "id": "uk-hnd-0413",
        "title": {"en": "HND Accounting"},
        "kind": "short_cycle_he", "provider": "uk-dundee-angus", "eqf": 5,
        "national_level": {"framework": "SCQF", "level": "8"},
        "credits": SCQF(240),
        "duration_months": 24, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 2570, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0411", "awards": "uk-hnd-0413",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-hnc-0413"},
                                             {"type": "credential", "credential": "uk-highers"}]},
        "years": 2, "url": URL_DA_ART,
        "note": {"en": "Total = 2 × £1,285 (2023/24). " + HN_FEE_NOTE},
        "source": src("Dundee and Angus College, articulation agreements (HND Accounting)", URL_DA_ART,
                      "Aberdeen | MA Accountancy (N400) | 2+2 | Complete and pass HND (240 SCQF points) with an A in all Graded Units curriculum to include Research Skills (F60A34) and Company Law (DE5H35)"),
    },
    {
        "id": "uk-ma-acc-abdn",
        "title": {"en": "MA (Hons) Accountancy (N400)"},
        "kind": "bachelor", "provider": "uk-aberdeen", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0411", "awards": "uk-ma-acc-abdn",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnc-0413"},
                                             {"type": "credential", "credential": "uk-hnd-0413"}]},
        "years": 4, "url": URL_DA_ART,
        "note": {"en": "Four years: the D&A articulation types are '1+3' (HNC, then three university years) and '2+2' (HND, then two). 480 SCQF credits as every Scottish honours degree. Total = 4 × £1,820 SFC-set home fee (2023/24); SAAS pays it for eligible Scottish students."},
        "source": src("SCQF Partnership, About the SCQF database (honours degree = 480 SCQF credit points)", URL_SCQF_DB, Q_SCQF_HONS),
    },
    {
        "id": "uk-ba-acc-gcu",
        "title": {"en": "BA (Hons) Accountancy"},
        "kind": "bachelor", "provider": "uk-gcu", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0411", "awards": "uk-ba-acc-gcu",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnc-0413"}]},
        "years": 4, "url": URL_DA_ART,
        "note": {"en": "Four years inferred from the '1+3' articulation type (HNC year + three university years). Total = 4 × £1,820 SFC-set home fee (2023/24)."},
        "source": src("SCQF Partnership, About the SCQF database (honours degree = 480 SCQF credit points)", URL_SCQF_DB, Q_SCQF_HONS),
    },
    {
        "id": "uk-bacc-stir",
        "title": {"en": "Accountancy and Finance (honours degree)"},
        "kind": "bachelor", "provider": "uk-stirling", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0411", "awards": "uk-bacc-stir",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnd-0413"}]},
        "years": 4, "url": URL_STIR_ART,
        "note": {"en": "Degree title as in Stirling's articulation listing ('Accountancy and Finance'); the exact award abbreviation was not verified. Four-year honours degree (SCQF 480 credits). Total = 4 × £1,820 SFC-set home fee (2023/24)."},
        "source": src("SCQF Partnership, About the SCQF database (honours degree = 480 SCQF credit points)", URL_SCQF_DB, Q_SCQF_HONS),
    },
    # ------------------------------------------------------------------ UHI
    {
        "id": "uk-uhi-computing",
        "title": {"en": "Computing (UHI undergraduate degree, UCAS course 'Computing')"},
        "kind": "bachelor", "provider": "uk-uhi", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "field": "0613", "starts": ["--09-01"],
        "awards": "uk-uhi-computing",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnc-0613"},
                                             {"type": "credential", "credential": "uk-hnd-0613"}]},
        "years": 4, "url": URL_UHI_COMP,
        "unknown_reason": {"en": "The UCAS listing shows no fee for this course; SAAS pays the SFC-set fee for eligible Scottish students."},
        "note": {"en": "UCAS listing 2026: 4 years, entry points Year 1 and Year 2 (and later), UCAS deadline 14 January; delivered e.g. at UHI Moray and UHI Argyll. Award title (BSc/BSc Hons) not shown in the excerpt."},
        "source": src("UCAS course listing (mirror): University of the Highlands and Islands, Computing, 2026 entry", URL_UHI_COMP,
                      "Computing … Provider University of the Highlands and Islands (UHI) … \"quantity\": 4, \"durationType\": { \"id\": \"4\", \"caption\": \"Years\""),
    },
    # ------------------------------------------------------------------ OU business (credit transfer target from D&A)
    {
        "id": "uk-ou-ba-bm",
        "title": {"en": "BA (Honours) Business Management (accounting pathways)"},
        "kind": "bachelor", "provider": "uk-ou", "eqf": 6,
        "credits": OUCR(360),
        "duration_months": 72, "modes": ["online", "part_time"], "languages": ["en"],
        "cost": {"amount": 6048, "currency": "GBP", "academic_year": "2019/20"},
        "field": "0413", "awards": "uk-ou-ba-bm", "years": 3,
        "url": URL_DA_ART,
        "note": {"en": "360 OU credits; most OU students study 60 credits a year over six years. Cost = 6 × £1,008 per 60 credits in Scotland (2019/20 prices). Part-Time Fee Grant covers 100 % for personal income of £25,000 or less."},
        "source": src("The Open University in Scotland, Fees and funding (2019/20 prices)", URL_OU_SCOT_FEES,
                      "Modules typically cost £504 (30 credits) or £1008 (60 credits).* • Most OU students study 60 credits a year over six years for an honours degree. … *2019/20 prices"),
    },
    # ------------------------------------------------------------------ adult access
    {
        "id": "uk-swap-access",
        "title": {"en": "SWAP access programme (Scottish Wider Access Programme)"},
        "description": {"en": "One-year full-time access programme at a partner college for adults returning to education; graded AAA–CCC and passed on to UCAS; leads to university degrees or HNC/HND."},
        "kind": "adult_course", "provider": "uk-swap", "eqf": 4,
        "national_level": {"framework": "SCQF", "level": "6"},
        "duration_months": 12, "weekly_hours": 18, "modes": ["full_time"], "languages": ["en"],
        "field": "00", "starts": ["--08-20"],
        "support": {"fewer_opportunities": True, "mobility": False},
        "awards": "uk-swap-access",
        "url": URL_SWAP_ELIG,
        "unknown_reason": {"en": "Tuition is normally covered by college bursary funding, which the college assesses per student."},
        "note": {"en": "Eligible: no qualifications above SCQF level 5 and out of full-time education for at least 3 years, or qualifications at SCQF 6+ and out for at least 5 years; around 18–20 hours a week. 'All universities in Scotland offer places to SWAP students' (SWAP director, University of Edinburgh blog). SCQF level 6 is this dataset's reading of 'access to HE' (SWAP students take units from SQA Highers); not stated as a level by SWAP."},
        "source": src("SWAP, Is SWAP for me? (eligibility)", URL_SWAP_ELIG,
                      "A SWAP programme could be for you if: • you don't have any qualifications above SCQF level 5 (Standard Grade, Int 2, GCSE or equivalent) and have been out of full-time education for at least 3 years; OR • you already have qualifications at SCQF level 6 or higher (Highers, A Levels, HN) and have been out of full-time education for at least 5 years; • you are able commit to college on a full-time basis (around 18-20 hours per week); • you aim to progress to study at university or to college to do an HNC/D."),
    },
    # ------------------------------------------------------------------ more accounting / business articulation targets (D&A College listing)
    {
        "id": "uk-abertay-ba-afba",
        "title": {"en": "BA (Hons) Accounting and Finance with Business Analytics"},
        "description": {"en": "Abertay University honours degree named in Dundee and Angus College's articulation agreements (1+3 with the HNC Accounting, 2+2 with the HND Accounting)."},
        "kind": "bachelor", "provider": "uk-abertay", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0411", "awards": "uk-abertay-ba-afba",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnc-0413"},
                                             {"type": "credential", "credential": "uk-hnd-0413"}]},
        "years": 4, "url": URL_DA_ART,
        "note": {"en": "Four years inferred from the articulation types '1+3' (HNC year + three university years) and '2+2' (HND + two); an honours degree carries 480 SCQF credits (SCQF database). Total = 4 × £1,820 SFC-set home fee (2023/24, City of Glasgow College fee page); SAAS pays it for eligible Scottish students. Abertay's own course page was not found in the stored pages."},
        "source": src("Dundee and Angus College, Articulation agreements (Accounting → Abertay)", URL_DA_ART,
                      "Abertay | BA (Hons) Accounting and Finance with Business Analytics | 1+3 | Satisfactory completion of HNC"),
    },
    {
        "id": "uk-uhi-ba-accfin",
        "title": {"en": "BA (Hons) Accounting and Finance"},
        "description": {"en": "University of the Highlands and Islands honours degree (e.g. at UHI Inverness), four years full time."},
        "kind": "bachelor", "provider": "uk-uhi", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0411", "starts": ["--09-01"], "awards": "uk-uhi-ba-accfin",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnc-0413"},
                                             {"type": "credential", "credential": "uk-hnd-0413"}]},
        "years": 4, "url": URL_UHI_ACCFIN,
        "note": {"en": "UCAS listing for 2026 entry: 4 years full time, start 09/2026, UHI Inverness, Bachelor of Arts (with Honours). Total = 4 × £1,820 SFC-set home fee (2023/24); SAAS pays it for eligible Scottish students."},
        "source": src("UCAS course listing (mirror): University of the Highlands and Islands, Accounting and Finance, 2026 entry", URL_UHI_ACCFIN,
                      "Accounting and Finance … Provider University of the Highlands and Islands (UHI) … \"quantity\": 4, \"durationType\": { \"id\": \"4\", \"caption\": \"Years\" … \"name\": \"Inverness\" … \"caption\": \"Bachelor of Arts (with Honours) - BA"),
    },
    {
        "id": "uk-uhi-ba-busman",
        "title": {"en": "BA (Hons) Business & Management"},
        "kind": "bachelor", "provider": "uk-uhi", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0413", "awards": "uk-uhi-ba-busman",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnc-0413"}]},
        "years": 4, "url": URL_DA_ART,
        "note": {"en": "Four years inferred from the articulation type '1+3'. Total = 4 × £1,820 SFC-set home fee (2023/24). UHI's own course page was not read."},
        "source": src("Dundee and Angus College, Articulation agreements (Accounting → UHI)", URL_DA_ART,
                      "Highlands and Islands | BA (Hons) Business & Management | 1+3 | Complete and pass HNC with 120 credits at SCQF level 7 and a C in the graded unit Take and pass Income Tax module if available"),
    },
    {
        "id": "uk-qmu-ba-busman",
        "title": {"en": "BA (Hons) Business Management"},
        "description": {"en": "Queen Margaret University (Musselburgh, Edinburgh) four-year honours degree; QMU also runs a three-year fast-track version with higher entry requirements."},
        "kind": "bachelor", "provider": "uk-qmu", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0413", "awards": "uk-qmu-ba-busman",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnc-0413"}]},
        "years": 4, "url": URL_DA_ART,
        "note": {"en": "Four years: the Edinburgh Evening News report on QMU's first three-year honours degree calls the standard BA (Hons) Business Management its 'four-year counterpart'. Total = 4 × £1,820 SFC-set home fee (2023/24)."},
        "source": src("Edinburgh Evening News, 'Three-year degree for university' (QMU BA (Hons) Business Management)", URL_QMU_4Y,
                      "The BA (Hons) Business Management degree will start in September and will have higher admissions criteria than its four-year counterpart, which the university will continue to offer."),
    },
    {
        "id": "uk-gcu-ba-risk",
        "title": {"en": "BA (Hons) Risk Management"},
        "kind": "bachelor", "provider": "uk-gcu", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0412", "awards": "uk-gcu-ba-risk",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnc-0413"}]},
        "years": 4, "url": URL_DA_ART,
        "note": {"en": "Four years inferred from the articulation type '1+3'. Total = 4 × £1,820 SFC-set home fee (2023/24). GCU's own course page was not read."},
        "source": src("Dundee and Angus College, Articulation agreements (Accounting → GCU)", URL_DA_ART,
                      "Glasgow Caledonia | BA (Hons) Risk Management | 1+3 | Complete and pass HNC (15 credits) with a B in the Graded Unit"),
    },
    # ------------------------------------------------------------------ biological sciences (HND → Edinburgh)
    {
        "id": "uk-hnd-appbio",
        "title": {"en": "HND Applied Biological Sciences"},
        "description": {"en": "SQA Higher National Diploma at SCQF level 8 (240 SCQF credits), two years full time at a Scottish college."},
        "kind": "short_cycle_he", "provider": "uk-sqa", "eqf": 5,
        "national_level": {"framework": "SCQF", "level": "8"},
        "credits": SCQF(240),
        "duration_months": 24, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 2570, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0511", "awards": "uk-hnd-appbio",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "level", "min_eqf": 4, "country": "UK"}]},
        "years": 2, "url": URL_ED_HN,
        "note": {"en": "Title as in the University of Edinburgh HN entry table (Stirling lists it as 'Applied Biological Science'). Total = 2 × £1,285 (2023/24). " + HN_FEE_NOTE},
        "source": src("SCQF Partnership, About the SCQF database (HND = 240 SCQF credit points at level 8)", URL_SCQF_DB, Q_SCQF_HND),
    },
    {
        "id": "uk-bsc-biosci-ed",
        "title": {"en": "BSc (Hons) Biological Sciences (UCAS C100)"},
        "description": {"en": "University of Edinburgh four-year honours programme; students choose one of 12 honours specialisations at the end of year 2 (e.g. BSc (Hons) Biological Sciences (Ecology))."},
        "kind": "bachelor", "provider": "uk-edinburgh", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "credits": SCQF(480),
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7280, "currency": "GBP", "academic_year": "2023/24"},
        "field": "0511", "starts": ["--09-14"], "awards": "uk-bsc-biosci-ed",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "uk-highers"},
                                             {"type": "credential", "credential": "uk-hnd-appbio", "min_grade": 60}]},
        "years": 4, "url": URL_ED_BIO,
        "note": {"en": "480 SCQF credits = 4 × 120 credits a year (degree structure page). HND Applied Biological Sciences with BB in the graded units gives year 1 entry (entry condition, min_grade 60 = B). Total = 4 × £1,820 SFC-set home fee (2023/24); SAAS pays it for eligible Scottish students. Meeting the minimum does not guarantee a place."},
        "source": src("University of Edinburgh, School of Biological Sciences: Degree Structure", URL_ED_BIO,
                      "Our four-year programme lets you explore different areas of biology before specialising in a chosen area. … Our 4-year degrees lead to BSc (Hons) Biological Sciences specialised within one of our Honours programme disciplines. … You'll work towards your degree by taking courses worth a total of 120 credits each year."),
    },
    # ------------------------------------------------------------------ apprenticeships
    {
        "id": "uk-fa-it-sd",
        "title": {"en": "Foundation Apprenticeship IT: Software Development (SQA GR54 46, SCQF level 6)"},
        "description": {"en": "School-based work-based learning qualification for S5–S6 pupils, taken alongside Highers with a college and a local employer; pupils are not employed."},
        "kind": "vet_qualification", "provider": "uk-fa-providers", "eqf": 4,
        "national_level": {"framework": "SCQF", "level": "6"},
        "duration_months": 24, "modes": ["part_time", "work_based"], "languages": ["en"],
        "field": "0613", "awards": "uk-fa-it-sd",
        "unknown_reason": {"en": "Taken as part of the school senior phase; no fee is published on the pages read."},
        "url": URL_SQA_FA,
        "note": {"en": "Two years from S5 in most cases; S6 pupils may complete it in one year. Universities: all Scottish universities recognise SCQF 6 FAs at the level of Highers (UHI: = 2 Highers; University of Edinburgh: = one Higher at grade A, alongside at least three Highers). These are admissions-tariff equivalences the format cannot express as recognition rules."},
        "source": src("Moray College UHI, Foundation Apprenticeship; SQA Foundation Apprenticeships (code list)", URL_MORAY_FA,
                      "Foundation Apprenticeships are part of the Senior Phase Programme and is available to pupils in S5 and S6. In most cases the Foundation Apprenticeship takes 2 years to complete however pupils wishing to undertake the qualification in S6 may be able to complete the programme in 1 year."),
    },
    {
        "id": "uk-napier-ga-cyber",
        "title": {"en": "BEng (Hons) Cybersecurity (Graduate Apprenticeship)"},
        "description": {"en": "Edinburgh Napier University work-based honours degree for employees in a relevant, paid job role; day release, about 80 % work and 20 % university."},
        "kind": "apprenticeship", "provider": "uk-napier", "eqf": 6,
        "national_level": {"framework": "SCQF", "level": "10"},
        "duration_months": 48, "modes": ["work_based", "part_time"], "languages": ["en"],
        "cost": {"amount": 0, "currency": "GBP"},
        "field": "0612", "awards": "uk-napier-ga-cyber",
        "entry": {"type": "credential", "credential": "uk-highers"},
        "years": 4, "url": URL_NAPIER_GA,
        "note": {"en": "Fully funded: no course fee for apprentice or employer (Graduate Apprenticeships are funded by Skills Development Scotland; no academic year stated). Apprentices must be employed in Scotland; Napier says GA applicants 'can qualify for entry based on both academic and relevant work experience' (The Scotsman) – the entry tree shows only the academic route."},
        "source": src("Edinburgh Napier University, BEng (Hons) Cybersecurity (Graduate Apprenticeship)", URL_NAPIER_GA,
                      "This Graduate Apprenticeship allows you to enhance your skills and improve your career prospects in the field of Cybersecurity by studying for a fully-funded university degree while in a paid, relevant job role. … Mode of Study: Day Release, Full-time … 4 years"),
    },
    # ------------------------------------------------------------------ micro-credential
    {
        "id": "uk-mc-ou-online-teaching",
        "title": {"en": "Online Teaching: Creating Courses for Adult Learners (Open University microcredential)"},
        "description": {"en": "12-week online microcredential of The Open University on FutureLearn, 15 credits at postgraduate level (SCQF 11), about 12–13 hours of study a week."},
        "kind": "micro_credential", "provider": "uk-ou", "eqf": 7,
        "national_level": {"framework": "SCQF", "level": "11"},
        "credits": OUCR(15),
        "duration_months": 3, "weekly_hours": 13, "modes": ["online", "part_time"], "languages": ["en"],
        "field": "0111", "awards": "uk-mc-ou-online-teaching", "parallel": True,
        "unknown_reason": {"en": "FutureLearn sets the price per presentation; no price was in the stored pages."},
        "micro": {
            "assessment": "Formal online assessment (every OU microcredential includes one)",
            "quality_assurance": "Awarded by The Open University; meets the quality standards of the Common Microcredential Framework (CMF)",
            "learning_outcomes": {"en": "Explore practical technologies for supporting online and distance learning in specific contexts; online assessment, supporting diverse learners online, selecting learning technologies, and designing accessible and engaging online activities."}},
        "url": URL_OU_MC_OT,
        "note": {"en": "Launched June 2020 on FutureLearn; 12 weeks at 12–13 hours a week (learner report). OU: the credit of OU-awarded microcredentials 'may in the future be used towards qualifications'; for some OU postgraduate qualifications, listed microcredentials of 15 credits count towards the qualification – which ones for this course was not verified, so no stacking target is set. 15 OU postgraduate credits = 7.5 ECTS at this dataset's OU conversion."},
        "source": src("FE News: The Open University launches Online Teaching microcredential", URL_OU_MC_OT,
                      "The Online Teaching: Creating Courses for Adult Learners microcredential, worth 15 academic UK credits at postgraduate level, is designed for anyone working in, or looking to work in, a higher education setting as a teacher, trainer, learning designer, educational technologist, head of department or institution leader."),
    },
]

# -------------------------------------------------------------------------------------------- rules
Q_STIR_CS_HNC = Q_STIR_HEAD + " … Computing ScienceComputing (Software Development with Data Analytics)HNCYes2BH17X34 or H17W34."
Q_STIR_CS_HND = Q_STIR_HEAD + " … Computing ScienceComputing: Software Development (with Data Analytics)HNDYES3BBH17X34, H17W34, H16Y35, H16W35 or DH3J34, H17135."
Q_STIR_CS_TS = "Computing ScienceComputing: Technical SupportHNDYes2AsNone"
Q_STIR_CRIM_HNC = "Criminology and SociologySocial SciencesHNCYes2AsNone"
Q_STIR_CRIM_HND = "Criminology and SociologySocial SciencesHNDYes3AsNone"
Q_STIR_ACC = "Degree CourseCollege CourseCourse LevelAdvanced EntryYear of EntryGradesUnits required / additional requirements Accountancy and FinanceAccountingHNDYes2AsNone"

Q_UHI = ("When applying you may make use of our Recognition of Prior Learning process to apply based on your HN "
         "qualification for entry to year 2 or 3 of one of our degrees. … We can usually offer year 2 entry for an HNC, "
         "or year 3 entry for an HND if your HN qualification and your new degree course are in similar subject areas. "
         "Your programme leader will get in touch for evidence of previous learning, usually a certificate and transcript.")

UCAS_NOTE = ("UCAS equal consideration date: 14 January (18:00 UK time) for 2026 entry (UCAS adviser key dates); UCAS sets "
             "the date per cycle, so check it for the cycle you apply in: " + URL_UCAS_DATES)
UCAS_NOTE_DE = ("UCAS-Stichtag für gleichrangige Berücksichtigung (equal consideration date): 14. Januar (18:00 Uhr britischer Zeit) für den Studienbeginn 2026 (UCAS adviser key dates); "
                "UCAS legt das Datum je Bewerbungszyklus fest, also für den eigenen Bewerbungszyklus prüfen: " + URL_UCAS_DATES)
UCAS_NOTE_FR = ("Date limite UCAS d'examen à égalité (equal consideration date) : 14 janvier (18 h, heure du Royaume-Uni) pour une entrée en 2026 (UCAS adviser key dates) ; "
                "l'UCAS fixe la date à chaque cycle, la vérifier donc pour le cycle de candidature concerné : " + URL_UCAS_DATES)

rules = [
    {
        "id": "uk-r-hnc-stirling", "from": ["uk-hnc-0613"], "to": "uk-bsc-0613",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 60}, "overlap_group": "uk-hn-stir-cs",
        "kind": "articulation", "issuer": "University of Stirling",
        "source": src("University of Stirling, Articulation listing (Computing Science ← HNC Computing (Software Development with Data Analytics))", URL_STIR_ART, Q_STIR_CS_HNC),
        "note": {"en": "Year 2 entry with grade B in the graded unit (min_grade 60 = B in this dataset) and unit H17X34 or H17W34. "  + UCAS_NOTE, "de": "Einstieg ins 2. Jahr mit Note B in der graded unit (min_grade 60 = B in diesem Datensatz) und der Unit H17X34 oder H17W34. " + UCAS_NOTE_DE, "fr": "Entrée en 2e année avec la note B dans la graded unit (min_grade 60 = B dans ce jeu de données) et l'unit H17X34 ou H17W34. " + UCAS_NOTE_FR},
        "deadline": "--01-14",
    },
    {
        "id": "uk-r-hnd-stirling", "from": ["uk-hnd-0613"], "to": "uk-bsc-0613",
        "grant": {"type": "advanced_entry", "year": 3},
        "conditions": {"min_grade": 60}, "overlap_group": "uk-hn-stir-cs",
        "kind": "articulation", "issuer": "University of Stirling",
        "source": src("University of Stirling, Articulation listing (Computing Science ← HND Computing: Software Development (with Data Analytics))", URL_STIR_ART, Q_STIR_CS_HND),
        "note": {"en": "Year 3 entry with graded units BB and units H17X34, H17W34, H16Y35, H16W35 or DH3J34, H17135. "
                       "Correction (issue 12): the application deadline is the UCAS equal consideration date, 14 January – not 31 January. "  + UCAS_NOTE, "de": "Einstieg ins 3. Jahr mit den graded units BB und den Units H17X34, H17W34, H16Y35, H16W35 oder DH3J34, H17135. Korrektur (Issue 12): Die Bewerbungsfrist ist der UCAS-Stichtag für gleichrangige Berücksichtigung, der 14. Januar – nicht der 31. Januar. " + UCAS_NOTE_DE, "fr": "Entrée en 3e année avec les graded units BB et les units H17X34, H17W34, H16Y35, H16W35 ou DH3J34, H17135. Correction (issue 12) : la date limite de candidature est la date UCAS d'examen à égalité, le 14 janvier – et non le 31 janvier. " + UCAS_NOTE_FR},
        "documents": [{"en": "HND certificate and transcript showing the graded units and the named units", "de": "HND-Zeugnis und Notenübersicht mit den graded units und den genannten Units", "fr": "Certificat HND et relevé de notes faisant apparaître les graded units et les units citées"}],
        "deadline": "--01-14",
    },
    {
        "id": "uk-r-hndts-stirling", "from": ["uk-hnd-0613-ts"], "to": "uk-bsc-0613",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 70}, "overlap_group": "uk-hn-stir-cs",
        "kind": "articulation", "issuer": "University of Stirling",
        "source": src("University of Stirling, Articulation listing (Computing Science ← HND Computing: Technical Support)", URL_STIR_ART, Q_STIR_CS_TS),
        "note": {"en": "An HND does not always mean year 3: Technical Support gives year 2 only, with As in the graded units (min_grade 70 = A). "  + UCAS_NOTE, "de": "Ein HND bedeutet nicht immer das 3. Jahr: Technical Support gibt nur das 2. Jahr, mit A in den graded units (min_grade 70 = A). " + UCAS_NOTE_DE, "fr": "Un HND ne signifie pas toujours la 3e année : Technical Support ne donne que la 2e année, avec des A dans les graded units (min_grade 70 = A). " + UCAS_NOTE_FR},
        "deadline": "--01-14",
    },
    {
        "id": "uk-r-hnc-crim-stirling", "from": ["uk-hnc-socsci"], "to": "uk-ba-crimsoc-stir",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 70}, "overlap_group": "uk-hn-stir-crim",
        "kind": "articulation", "issuer": "University of Stirling",
        "source": src("University of Stirling, Articulation listing (Criminology and Sociology ← HNC Social Sciences)", URL_STIR_ART, Q_STIR_CRIM_HNC),
        "note": {"en": "As in the graded unit. "  + UCAS_NOTE, "de": "Note A in der graded unit. " + UCAS_NOTE_DE, "fr": "Des A dans la graded unit. " + UCAS_NOTE_FR}, "deadline": "--01-14",
    },
    {
        "id": "uk-r-hnd-crim-stirling", "from": ["uk-hnd-socsci"], "to": "uk-ba-crimsoc-stir",
        "grant": {"type": "advanced_entry", "year": 3},
        "conditions": {"min_grade": 70}, "overlap_group": "uk-hn-stir-crim",
        "kind": "articulation", "issuer": "University of Stirling",
        "source": src("University of Stirling, Articulation listing (Criminology and Sociology ← HND Social Sciences)", URL_STIR_ART, Q_STIR_CRIM_HND),
        "note": {"en": "As in the graded units. "  + UCAS_NOTE, "de": "Jeweils A in den graded units. " + UCAS_NOTE_DE, "fr": "Des A dans les graded units. " + UCAS_NOTE_FR}, "deadline": "--01-14",
    },
    {
        "id": "uk-r-hnd-acc-stirling", "from": ["uk-hnd-0413"], "to": "uk-bacc-stir",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 70},
        "kind": "articulation", "issuer": "University of Stirling",
        "source": src("University of Stirling, Articulation listing (Accountancy and Finance ← HND Accounting)", URL_STIR_ART, Q_STIR_ACC),
        "note": {"en": "HND Accounting gives year 2 only (not year 3) at Stirling, with As in the graded units; compare Aberdeen's 2+2 route. "  + UCAS_NOTE, "de": "Das HND Accounting gibt in Stirling nur das 2. Jahr (nicht das 3. Jahr), mit A in den graded units; vgl. den 2+2-Weg in Aberdeen. " + UCAS_NOTE_DE, "fr": "Le HND Accounting ne donne que la 2e année (pas la 3e) à Stirling, avec des A dans les graded units ; comparer avec la voie 2+2 d'Aberdeen. " + UCAS_NOTE_FR},
        "deadline": "--01-14",
    },
    {
        "id": "uk-r-hnc-aberdeen", "from": ["uk-hnc-0413"], "to": "uk-ma-acc-abdn",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 70}, "overlap_group": "uk-hn-abdn-acc",
        "kind": "articulation", "issuer": "University of Aberdeen / Dundee and Angus College",
        "source": src("Dundee and Angus College, Articulation agreements (Accounting → Aberdeen MA Accountancy, 1+3)", URL_DA_ART,
                      "Aberdeen | MA Accountancy (N400) | 1+3 | 120 SCQF points in HNC with an A in all Graded Units"),
        "note": {"en": "An earlier version of the page adds: curriculum to include Research Skills (F60A34). A in all graded units = min_grade 70.", "de": "Eine frühere Version der Seite ergänzt: Das Curriculum muss Research Skills (F60A34) enthalten. A in allen graded units = min_grade 70.", "fr": "Une version antérieure de la page ajoute : le programme doit inclure Research Skills (F60A34). A dans toutes les graded units = min_grade 70."},
    },
    {
        "id": "uk-r-hnd-aberdeen", "from": ["uk-hnd-0413"], "to": "uk-ma-acc-abdn",
        "grant": {"type": "advanced_entry", "year": 3},
        "conditions": {"min_grade": 70}, "overlap_group": "uk-hn-abdn-acc",
        "kind": "articulation", "issuer": "University of Aberdeen / Dundee and Angus College",
        "source": src("Dundee and Angus College, Articulation agreements (HND Accounting → Aberdeen MA Accountancy, 2+2)", URL_DA_ART,
                      "Aberdeen | MA Accountancy (N400) | 2+2 | Complete and pass HND (240 SCQF points) with an A in all Graded Units curriculum to include Research Skills (F60A34) and Company Law (DE5H35)"),
        "documents": [{"en": "Transcript showing Research Skills (F60A34) and Company Law (DE5H35)", "de": "Notenübersicht mit Research Skills (F60A34) und Company Law (DE5H35)", "fr": "Relevé de notes faisant apparaître Research Skills (F60A34) et Company Law (DE5H35)"}],
    },
    {
        "id": "uk-r-hnc-gcu-acc", "from": ["uk-hnc-0413"], "to": "uk-ba-acc-gcu",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 60},
        "kind": "articulation", "issuer": "Glasgow Caledonian University / Dundee and Angus College",
        "source": src("Dundee and Angus College, Articulation agreements (HNC Accounting → GCU BA (Hons) Accountancy, 1+3)", URL_DA_ART,
                      "Glasgow Caledonia | BA (Hons) Accountancy | 1+3 | Complete and pass HNC (15 credits) with a B in the Graded Unit"),
        "note": {"en": "B in the graded unit = min_grade 60.", "de": "B in der graded unit = min_grade 60.", "fr": "B dans la graded unit = min_grade 60."},
    },
    {
        "id": "uk-r-hnc-uhi", "from": ["uk-hnc-0613"], "to": "uk-uhi-computing",
        "grant": {"type": "advanced_entry", "year": 2},
        "overlap_group": "uk-hn-uhi",
        "kind": "individual", "issuer": "University of the Highlands and Islands (programme leader, RPL process)",
        "source": src("UHI, Articulation (Recognition of Prior Learning for HN holders)", URL_UHI_ART, Q_UHI),
        "note": {"en": "'Usually' year 2 for an HNC in a similar subject, decided through UHI's RPL process; the page adds that year 2 entry requires an HNC with 120 SCQF credits (text cut off there).", "de": "„In der Regel“ das 2. Jahr für ein HNC in einem ähnlichen Fach, entschieden im RPL-Verfahren der UHI; die Seite ergänzt, dass der Einstieg ins 2. Jahr ein HNC mit 120 SCQF-Credits voraussetzt (der Text bricht dort ab).", "fr": "« En général » la 2e année pour un HNC dans une matière similaire, décidé par la procédure RPL de l'UHI ; la page ajoute que l'entrée en 2e année exige un HNC de 120 crédits SCQF (le texte s'arrête là)."},
        "documents": [{"en": "HN certificate and transcript", "de": "HN-Zeugnis und Notenübersicht", "fr": "Certificat HN et relevé de notes"}],
    },
    {
        "id": "uk-r-hnd-uhi", "from": ["uk-hnd-0613"], "to": "uk-uhi-computing",
        "grant": {"type": "advanced_entry", "year": 3},
        "overlap_group": "uk-hn-uhi",
        "kind": "individual", "issuer": "University of the Highlands and Islands (programme leader, RPL process)",
        "source": src("UHI, Articulation (Recognition of Prior Learning for HN holders)", URL_UHI_ART, Q_UHI),
        "note": {"en": "'Usually' year 3 for an HND in a similar subject, decided through UHI's RPL process.", "de": "„In der Regel“ das 3. Jahr für ein HND in einem ähnlichen Fach, entschieden im RPL-Verfahren der UHI.", "fr": "« En général » la 3e année pour un HND dans une matière similaire, décidé par la procédure RPL de l'UHI."},
        "documents": [{"en": "HN certificate and transcript", "de": "HN-Zeugnis und Notenübersicht", "fr": "Certificat HN et relevé de notes"}],
    },
    {
        "id": "uk-r-hnc-hnd-0613", "from": ["uk-hnc-0613"], "to": "uk-hnd-0613",
        "grant": {"type": "advanced_entry", "year": 2},
        "kind": "articulation", "issuer": "Scottish colleges (HNC → HND year 2)",
        "source": src("City of Glasgow College, Qualifications explained (Higher National qualifications)", URL_COGC_QUALS,
                      "A Higher National Certificate (HNC) will take one year to complete. On successful completion, it’s normal to go on to the second year of an HND, but some courses may also allow direct entry to year two of a related degree programme at university."),
        "note": {"en": "The college's general statement; places in HND year 2 depend on the college.", "de": "Die allgemeine Aussage des College; Plätze im 2. HND-Jahr hängen vom College ab.", "fr": "Déclaration générale du college ; les places en 2e année de HND dépendent du college."},
    },
    {
        "id": "uk-r-hnc-hnd-0413", "from": ["uk-hnc-0413"], "to": "uk-hnd-0413",
        "grant": {"type": "advanced_entry", "year": 2},
        "kind": "articulation", "issuer": "Scottish colleges (HNC → HND year 2)",
        "source": src("City of Glasgow College, Qualifications explained (Higher National qualifications)", URL_COGC_QUALS,
                      "A Higher National Certificate (HNC) will take one year to complete. On successful completion, it’s normal to go on to the second year of an HND, but some courses may also allow direct entry to year two of a related degree programme at university."),
        "note": {"en": "General statement of City of Glasgow College, applied here to D&A College's HNC/HND Accounting; confirm with the college.", "de": "Allgemeine Aussage des City of Glasgow College, hier auf das HNC/HND Accounting des D&A College angewandt; beim College bestätigen lassen.", "fr": "Déclaration générale du City of Glasgow College, appliquée ici au HNC/HND Accounting du D&A College ; à confirmer auprès du college."},
    },
    {
        "id": "uk-r-ou-hnc-q62", "from": ["uk-hnc-0613"], "to": "uk-ou-q62",
        "grant": {"type": "credits", "ects": 60},
        "overlap_group": "uk-ou-ct-0613",
        "kind": "individual", "issuer": "The Open University, Credit Transfer team",
        "source": src("The Open University, Build on your prior study (credit transfer from HNC/HND)", URL_OU_CT,
                      "Evie completed an HNC in Business in college at SCQF level 7 (which is the equivalent of level 1 at The Open University). … The Credit Transfer team looked at her application, weighing up how much overlap there was between her HNC and the level 1 modules for the Business Management degree.",
                      certainty="illustrative"),
        "note": {"en": "Illustrative amount: 60 ECTS = 120 OU credits (all of Stage 1) is an example; the OU assesses overlap case by case, awards credit in multiples of 30 OU credits and no partial module exemption. Apply by mid-August for an October start.", "de": "Beispielhafter Umfang: 60 ECTS = 120 OU-Credits (die gesamte Stage 1) sind ein Beispiel; die OU prüft Überschneidungen im Einzelfall, vergibt Credits in Vielfachen von 30 OU-Credits und keine teilweise Modulbefreiung. Antrag bis Mitte August für einen Beginn im Oktober.", "fr": "Volume illustratif : 60 ECTS = 120 crédits OU (toute la Stage 1) est un exemple ; l'OU évalue les recoupements au cas par cas, accorde des crédits par multiples de 30 crédits OU et aucune dispense partielle de module. Demande avant la mi-août pour une rentrée en octobre."},
    },
    {
        "id": "uk-r-ou-hnd-q62", "from": ["uk-hnd-0613"], "to": "uk-ou-q62",
        "grant": {"type": "credits", "ects": 120},
        "overlap_group": "uk-ou-ct-0613",
        "kind": "individual", "issuer": "The Open University, Credit Transfer team",
        "source": src("The Open University, Credit transfer: previous study finder", URL_OU_CT_FINDER,
                      "The previous study finder will show the maximum amount of credit that can be transferred from a qualification. • When you apply for credit transfer a personal assessment of your study is carried out to determine the amount of credit you can transfer, this is not always the same as the maximum. • Credit is transferred in multiples of 30",
                      certainty="illustrative"),
        "note": {"en": "Illustrative amount: 120 ECTS = 240 OU credits (Stages 1 and 2) is an example; the previous-study finder gives the maximum for the actual HND.", "de": "Beispielhafter Umfang: 120 ECTS = 240 OU-Credits (Stages 1 und 2) sind ein Beispiel; die Suche nach früheren Studien (previous-study finder) nennt das Maximum für das tatsächliche HND.", "fr": "Volume illustratif : 120 ECTS = 240 crédits OU (Stages 1 et 2) est un exemple ; l'outil de recherche des études antérieures (previous-study finder) donne le maximum pour le HND réel."},
    },
    {
        "id": "uk-r-ou-hnc-acc", "from": ["uk-hnc-0413"], "to": "uk-ou-ba-bm",
        "grant": {"type": "credits", "ects": 60},
        "kind": "individual", "issuer": "The Open University / Dundee and Angus College",
        "source": src("Dundee and Angus College, Articulation agreements (HNC Accounting → OU BA Hons Business Management)", URL_DA_ART,
                      "Open University BA Hons Business Management (accounting pathways) Credit transfer HNC to include 3 units related to marketing, Economics, HRM, Law, Business Culture, Personal Financial Services, or mathematics and statistics for business.",
                      certainty="illustrative"),
        "note": {"en": "Credit transfer is real (D&A listing); the amount (60 ECTS = 120 OU credits) is an example – the OU decides.", "de": "Die Anrechnung (credit transfer) ist real (Eintrag bei D&A); der Umfang (60 ECTS = 120 OU-Credits) ist ein Beispiel – die OU entscheidet.", "fr": "Le transfert de crédits est réel (liste de D&A) ; le volume (60 ECTS = 120 crédits OU) est un exemple – l'OU décide."},
    },
    # ------------------------------------------------------------------ added in the second pass
    {
        "id": "uk-r-hnc-abertay-afba", "from": ["uk-hnc-0413"], "to": "uk-abertay-ba-afba",
        "grant": {"type": "advanced_entry", "year": 2}, "overlap_group": "uk-hn-abertay-afba",
        "kind": "articulation", "issuer": "Abertay University / Dundee and Angus College",
        "source": src("Dundee and Angus College, Articulation agreements (HNC Accounting → Abertay, 1+3)", URL_DA_ART,
                      "Abertay | BA (Hons) Accounting and Finance with Business Analytics | 1+3 | Satisfactory completion of HNC"),
        "note": {"en": "'1+3': the HNC year at college, then years 2–4 at Abertay. No graded-unit grade is named ('satisfactory completion').", "de": "„1+3“: das HNC-Jahr am College, dann die Jahre 2–4 an der Abertay. Keine Note der graded unit wird genannt ('satisfactory completion').", "fr": "« 1+3 » : l'année de HNC au college, puis les années 2–4 à Abertay. Aucune note de graded unit n'est indiquée ('satisfactory completion')."},
    },
    {
        "id": "uk-r-hnd-abertay-afba", "from": ["uk-hnd-0413"], "to": "uk-abertay-ba-afba",
        "grant": {"type": "advanced_entry", "year": 3}, "overlap_group": "uk-hn-abertay-afba",
        "kind": "articulation", "issuer": "Abertay University / Dundee and Angus College",
        "source": src("Dundee and Angus College, Articulation agreements (HND Accounting → Abertay, 2+2)", URL_DA_ART,
                      "HND Accounting University Course Type Entry requirements … Abertay BA (Hons) Accounting and Finance with Business Analytics 2+2 Satisfactory completion of HND."),
        "note": {"en": "'2+2': two HND years at college, then years 3–4 at Abertay. Quoted from the stored version of the page that lists the HND table in full (the newer version is cut off in the HND table).", "de": "„2+2“: zwei HND-Jahre am College, dann die Jahre 3–4 an der Abertay. Zitiert aus der gespeicherten Version der Seite, die die HND-Tabelle vollständig enthält (die neuere Version bricht in der HND-Tabelle ab).", "fr": "« 2+2 » : deux années de HND au college, puis les années 3–4 à Abertay. Citation tirée de la version enregistrée de la page qui contient le tableau HND complet (la version plus récente est tronquée dans le tableau HND)."},
    },
    {
        "id": "uk-r-hnc-uhi-accfin", "from": ["uk-hnc-0413"], "to": "uk-uhi-ba-accfin",
        "grant": {"type": "advanced_entry", "year": 2}, "overlap_group": "uk-hn-uhi-accfin",
        "kind": "articulation", "issuer": "University of the Highlands and Islands / Dundee and Angus College",
        "source": src("Dundee and Angus College, Articulation agreements (HNC Accounting → UHI BA (Hons) Accounting and Finance, 1+3)", URL_DA_ART,
                      "Highlands and Islands | BA (Hons) Accounting and Finance | 1+3 | Complete and pass HNC with 120 credits at SCQF level 7 Take and pass Income Tax module if available"),
        "note": {"en": "The HNC must carry 120 SCQF credits; take the Income Tax module if the college offers it.", "de": "Das HNC muss 120 SCQF-Credits umfassen; das Modul Income Tax belegen, wenn das College es anbietet.", "fr": "Le HNC doit comporter 120 crédits SCQF ; suivre le module Income Tax si le college le propose."},
    },
    {
        "id": "uk-r-hnd-uhi-accfin", "from": ["uk-hnd-0413"], "to": "uk-uhi-ba-accfin",
        "grant": {"type": "advanced_entry", "year": 3}, "overlap_group": "uk-hn-uhi-accfin",
        "kind": "individual", "issuer": "University of the Highlands and Islands (programme leader, RPL process)",
        "source": src("UHI, Articulation (Recognition of Prior Learning for HN holders)", URL_UHI_ART, Q_UHI),
        "note": {"en": "No D&A agreement for the HND was found; UHI's general RPL route 'usually' gives year 3 for an HND in a similar subject, decided by the programme leader.", "de": "Für das HND wurde keine D&A-Vereinbarung gefunden; der allgemeine RPL-Weg der UHI gibt „in der Regel“ das 3. Jahr für ein HND in einem ähnlichen Fach, entschieden von der Studiengangsleitung.", "fr": "Aucun accord D&A n'a été trouvé pour le HND ; la voie RPL générale de l'UHI donne « en général » la 3e année pour un HND dans une matière similaire, sur décision du responsable du programme."},
        "documents": [{"en": "HN certificate and transcript", "de": "HN-Zeugnis und Notenübersicht", "fr": "Certificat HN et relevé de notes"}],
    },
    {
        "id": "uk-r-hnc-uhi-busman", "from": ["uk-hnc-0413"], "to": "uk-uhi-ba-busman",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 50},
        "kind": "articulation", "issuer": "University of the Highlands and Islands / Dundee and Angus College",
        "source": src("Dundee and Angus College, Articulation agreements (HNC Accounting → UHI BA (Hons) Business & Management, 1+3)", URL_DA_ART,
                      "Highlands and Islands | BA (Hons) Business & Management | 1+3 | Complete and pass HNC with 120 credits at SCQF level 7 and a C in the graded unit Take and pass Income Tax module if available"),
        "note": {"en": "C in the graded unit = min_grade 50 in this dataset.", "de": "C in der graded unit = min_grade 50 in diesem Datensatz.", "fr": "C dans la graded unit = min_grade 50 dans ce jeu de données."},
    },
    {
        "id": "uk-r-hnc-qmu-busman", "from": ["uk-hnc-0413"], "to": "uk-qmu-ba-busman",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 60},
        "kind": "articulation", "issuer": "Queen Margaret University / Dundee and Angus College",
        "source": src("Dundee and Angus College, Articulation agreements (HNC Accounting → QMU BA (Hons) Business Management, 1+3)", URL_DA_ART,
                      "Queen Margaret | BA (Hons) Business Management | 1+3 | Complete and pass HNC, achieving 15 credits/120 SCQF credit points and B in the graded unit"),
        "note": {"en": "B in the graded unit = min_grade 60.", "de": "B in der graded unit = min_grade 60.", "fr": "B dans la graded unit = min_grade 60."},
    },
    {
        "id": "uk-r-hnc-gcu-risk", "from": ["uk-hnc-0413"], "to": "uk-gcu-ba-risk",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 60},
        "kind": "articulation", "issuer": "Glasgow Caledonian University / Dundee and Angus College",
        "source": src("Dundee and Angus College, Articulation agreements (HNC Accounting → GCU BA (Hons) Risk Management, 1+3)", URL_DA_ART,
                      "Glasgow Caledonia | BA (Hons) Risk Management | 1+3 | Complete and pass HNC (15 credits) with a B in the Graded Unit"),
        "note": {"en": "B in the graded unit = min_grade 60.", "de": "B in der graded unit = min_grade 60.", "fr": "B dans la graded unit = min_grade 60."},
    },
    {
        "id": "uk-r-hnd-bio-edinburgh", "from": ["uk-hnd-appbio"], "to": "uk-bsc-biosci-ed",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 70},
        "kind": "articulation", "issuer": "The University of Edinburgh, College of Science and Engineering (published HN entry requirements)",
        "source": src("University of Edinburgh, College of Science and Engineering: HNC/HND qualifications (Biological Sciences C100)", URL_ED_HN,
                      "For entry to the following programmes Biological Sciences (BSc) C100 | … HND Programmes Programme | Year one entry | Year two entry | … HND Applied Biological Sciences | Grades BB in the graded units | Grades AA in the graded units AND"),
        "note": {"en": "Year 2 (not year 3) even with an HND, and only with AA in the graded units plus named HNC modules (the module list is not in the stored excerpt); BB gives year 1 only. 'Meeting the minimum requirements does not guarantee that an application will be successful.' Apply via UCAS by the equal consideration date (14 January for 2026 entry).", "de": "2. Jahr (nicht 3. Jahr) selbst mit einem HND, und nur mit AA in den graded units plus benannten HNC-Modulen (die Modulliste steht nicht im gespeicherten Auszug); BB gibt nur das 1. Jahr. 'Meeting the minimum requirements does not guarantee that an application will be successful.' Bewerbung über UCAS bis zum Stichtag für gleichrangige Berücksichtigung (14. Januar für den Studienbeginn 2026).", "fr": "2e année (pas 3e) même avec un HND, et seulement avec AA dans les graded units plus des modules de HNC désignés (la liste des modules ne figure pas dans l'extrait enregistré) ; BB ne donne que la 1re année. 'Meeting the minimum requirements does not guarantee that an application will be successful.' Candidature via l'UCAS avant la date d'examen à égalité (14 janvier pour une entrée en 2026)."},
        "deadline": "--01-14",
    },
]


def main():
    ds = {
        "format": "pathways-dataset", "version": 1,
        "meta": {"title": {"en": "Pathways Planner demo dataset: Scotland (United Kingdom), curated"},
                 "publisher": "Pathways Planner demo",
                 "license": "CC BY 4.0 (compilation); facts from the sources cited per item",
                 "retrieved": R},
        "providers": providers, "credentials": credentials, "offers": offers, "rules": rules,
    }
    print(json.dumps(ds, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
