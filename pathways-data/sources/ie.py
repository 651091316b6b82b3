"""Ireland (IE): curated records, one dict per record (issue 12). Generate with:
python3 pathways-data/sources/ie.py > pathways-data/demo/ie.json

Every fact was read with the search tool (stored copies of public pages) on 2026-12-01.
A `real` source carries the exact English sentence(s) it rests on in `quote`.
QQI-FET credits (a Level 5/6 major award = 120 FET credits) are not ECTS and have no official
conversion, so QQI awards carry no `credits` here.
"""
import json

R = "2026-12-01"

URL_UCD_AGRI = "https://ucd.ie/agfood/study/alternativeentryandprogression"
URL_FJ_AGRI = "http://www.farmersjournal.ie/what-happens-if-i-dont-get-the-points-for-ag-153719"
URL_IE_PLC = "https://www.irishexaminer.com/breakingnews/farming/news-qa-alternative-entry-route-to-ag-science-degree-course-789173.html"
URL_UCD_PROG = "https://ucd.ie/registry/prospectivestudents/admissions/undergraduateapplicants/alternativeentryroutes/transferandre-admission/ucdprogressionroutes"
URL_UCD_RPL = "https://www.ucd.ie/rpl/learners/faq/"
URL_UCD_RPL_L = "https://ucd.ie/rpl/learners"
URL_HELS = "https://qsdocs.qqi.ie/Articles/Pages/HIgher-Education-Links-Scheme-(HELS).aspx"
URL_QQI_CAO = "https://dev-54ta5gq-b4ttjtvtb6cbs.eu-4.platformsh.site/what-we-do/qqi-awards/going-to-higher-education-using-my-qqi-award-learner"
URL_TUD_CREDITS = "http://tud.ie/study/part-time/how-to-apply/credits-and-professional-certifications/"
URL_SC_2026 = "https://www.kildarestreet.com/wrans/?id=2025-11-12a.3126.r"
URL_FJ_SEAM = "http://www.farmersjournal.ie/alternative-routes-to-agriculture-and-law-degrees-161240/"

# --- sources added in the second pass (all read with the search tool, 2026-12-01)
URL_CI_PLC = "https://www.citizensinformation.ie/en/education/vocational_education_and_training/post_leaving_certificate_courses.html"
URL_ATU_RPL = "https://www.atu.ie/study/recognition-of-prior-learning/rpl-process-for-module-exemptions"
URL_ATU_EST = "https://www.regionalskills.ie/regions/west/news-industry-updates/minister-harris-officially-opens-new-atlantic-technological-university.html"
URL_GMIT_HDIP = "https://www.gmit.ie/computer-science-and-applied-physics/higher-diploma-science-computing-software-development-ict"
URL_SB_7434 = "https://springboardcourses.ie/details/7434"
URL_SB_FAQ = "https://hea.vidatum.com/faq"
URL_CP_CRAFT = "https://careersportal.ie/apprenticeships/traditional_apprenticeships.php?ed_sub_cat_id=216"
URL_MSLETB = "https://msletbtrainingcentres.ie/?p=11"
URL_AEC_IEE = "http://aec-ireland.com/category/news/page/2/"
URL_MU_QQI = "https://maynoothuniversity.ie/study-maynooth/undergraduate-studies/how-apply/qqi-fetac"
URL_MU_QQI17 = "https://www.maynoothuniversity.ie/study-maynooth/undergraduate-studies/how-apply/qqifetac-recognised-courses-linked-our-degrees"
URL_MU_BA = "https://maynoothuniversity.ie/study-maynooth/undergraduate-studies/courses/bachelor-arts"
URL_MU_BA_OPC = "https://www.maynoothuniversity.ie/study-maynooth/undergraduate-studies/courses/bachelor-arts-opc"
URL_MU_HDIP = "https://www.maynoothuniversity.ie/study-maynooth/postgraduate-studies/courses/higher-diploma-sciencesoftware-development-ft"
URL_MTU_SD = "https://cs.cit.ie/sd-schedule"
URL_MTU_SDH = "https://cs.cit.ie/index.cfm/page/sdh-schedule"
URL_MTU_RPL = "https://www.cit.ie/rpl/frequentlyaskedquestions"
URL_MTU_RPL_HOME = "https://www.cit.ie/rpl"
URL_TUD_LADDER = "http://tud.ie/cao/progression/"
URL_UCD_OL_FAQ = "https://cms.ucd.ie/all/cometoucd/applying/openlearning/frequentlyaskedquestions"
URL_UCD_OL_PATH = "https://www.ucd.ie/all/entrypathways/part-timepathways/openlearning/openlearningprogressionpathways"

# --- sources added in the third pass (all read with the search tool, 2026-12-01)
URL_UCC_EXEMPT = "https://ucc.ie/en/cacsss/currentundergraduatestudents/exemptionsforpriorstudy"
URL_UCC_EXEMPT_2018 = "https://reg.ucc.ie/curriculum/archive/20182019/calendar/arts/art008a.html"
URL_UCC_BA = "https://ucc-ie-public.courseleaf.com/programmes/ba/"
URL_UCC_CK101 = "https://www.ucc.ie/en/ck101/"
URL_DKIT_ECS = "https://www.dkit.ie/courses/school-of-health-and-science/nursing,-midwifery-and-early-years/ba-(hons)-in-early-childhood-studies.html"
URL_DKIT_PACG = "https://www.dkit.ie/news/dkit-early-childhood-courses-awarded-the-professional-award-criteria-and-guidelines-(pacg)-for-the-early-learning-and-care-sector.html"
URL_DKIT_AECS = "https://www.dkit.ie/courses/school-of-health-and-science/nursing,-midwifery-and-early-years/ba-in-applied-early-childhood-studies-year-2-entry-only/"
URL_DKIT_QUALMOD = "https://www.dkit.ie/examinations-office/further-information/qualifying-modules"
URL_DKIT_CMETB = "https://www.dkit.ie/news/landmark-moment-as-dkit-sign-further-educational-pathways.html"
URL_SETU_AE = "https://setu.ie/study/advanced-entry/faqs"
URL_ATU_TERT_GN = "https://www.atu.ie/study/tertiary-degrees/bachelor-of-science-honours-in-general-nursing-tertiary-degrees"
URL_SLIGOCFE_GN = "https://sligocfe.ie/general_nursing_bsc_hons"
URL_QF_AU991 = "https://www.qualifax.ie/course/3391"
URL_STANGELAS_AS110 = "http://www.stangelas.nuigalway.ie/departments/course_details.php?id=AS110&ver=en"
URL_UCD_HC_OD = "https://www.ucd.ie/registry/prospectivestudents/admissions/undergraduateapplicants/alternativeentryroutes/transferandre-admission/progressionfromhighercerts6orordinarydegrees7/"


def src(reference, url, quote, certainty="real", legal_basis=None):
    s = {"reference": reference, "url": url, "certainty": certainty, "retrieved": R, "quote": quote}
    if legal_basis:
        s["legal_basis"] = legal_basis
    return s


Q_SC = ("I have recently announced the details of a Budget 2026 decision to permanently reduce the student contribution "
        "charge from €3,000 to €2,500, starting from this academic year. The reduction in the student contribution charge "
        "applies to all Free Fees eligible courses")
SC_NOTE = ("Cost = student contribution €2,500 a year (2025/26, Budget 2026) × years, paid by students eligible for the Free "
           "Fees Initiative (EU/EEA/UK/Swiss residents, first full-time undergraduate degree); SUSI grants can cover it.")
Q_TUD_HONS = ("Bachelor Degree with Honours is awarded for the attainment of a total of 240 ECTS Credits, 60 at Level 1,")
Q_TUD_HC = ("A Higher Certificate programme is normally two years full-time duration (or an equivalent part-time duration). … "
            "The Higher Certificate is awarded for the attainment of a total of 120 ECTS Credits, 60 at Level 1 and 60 at Level 2.")
Q_PLC = ("There are three one-year PLC QQI-FET courses that you can complete, in order to gain entry to the UCD School of "
         "Agriculture and Food Science. You can complete either of the level 5 qualification in Applied Science Laboratory "
         "Techniques (5M3807), the level 5 Animal Care course (5M2768), or the level 5 Horticulture course (5M2586).")
PLC_UNKNOWN = {"en": "The €200 PLC participant contribution (introduced 2011/12) was removed from 2022/2023 (Budget 2022, Citizens Information); colleges may still set course charges (books, materials, exam fees), which vary by college and were not found in the sources."}

providers = [
    {"id": "ie-qqi", "name": {"en": "Quality and Qualifications Ireland (awarding body; PLC courses at ETB further education colleges)"},
     "country": "IE", "nuts": "IE0", "url": "https://www.qqi.ie"},
    {"id": "ie-ucd", "name": {"en": "University College Dublin"}, "country": "IE", "nuts": "IE06", "url": "https://www.ucd.ie"},
    {"id": "ie-ittu", "name": {"en": "Irish Institutes of Technology / Technological Universities (Higher Certificate in Agriculture, approved UCD progression route)"},
     "country": "IE", "nuts": "IE0"},
    {"id": "ie-solas", "name": {"en": "SOLAS / Education and Training Boards (statutory craft apprenticeship; off-the-job phases at ETB training centres and technological universities)"},
     "country": "IE", "nuts": "IE0", "url": "https://www.apprenticeship.ie"},
    {"id": "ie-tus", "name": {"en": "Technological University of the Shannon: Midlands Midwest (with TU Dublin, Tallaght campus)"},
     "country": "IE", "nuts": "IE0", "url": "https://tus.ie"},
    {"id": "ie-atu", "name": {"en": "Atlantic Technological University (Galway, formerly Galway-Mayo Institute of Technology)"},
     "country": "IE", "nuts": "IE04", "url": "https://www.atu.ie"},
    {"id": "ie-mu", "name": {"en": "Maynooth University", "ga": "Ollscoil Mhá Nuad"}, "country": "IE", "nuts": "IE06",
     "url": "https://www.maynoothuniversity.ie"},
    {"id": "ie-mtu", "name": {"en": "Munster Technological University (Cork, formerly Cork Institute of Technology)"},
     "country": "IE", "nuts": "IE05", "url": "https://www.mtu.ie"},
    # third pass
    {"id": "ie-ucc", "name": {"en": "University College Cork", "ga": "Coláiste na hOllscoile Corcaigh"}, "country": "IE", "nuts": "IE05",
     "url": "https://www.ucc.ie"},
    {"id": "ie-dkit", "name": {"en": "Dundalk Institute of Technology (DkIT)"}, "country": "IE", "nuts": "IE06", "url": "https://www.dkit.ie"},
    {"id": "ie-sligocfe", "name": {"en": "Sligo College of Further Education and Training (Mayo, Sligo and Leitrim ETB), tertiary-degree partner of ATU"},
     "country": "IE", "nuts": "IE04", "url": "https://sligocfe.ie"},
]

credentials = [
    {"id": "ie-lc", "title": {"en": "Leaving Certificate", "ga": "Ardteistiméireacht"}, "eqf": 4, "country": "IE"},
    {"id": "ie-jc", "title": {"en": "Junior Certificate / Junior Cycle (NFQ Level 3)", "ga": "Teastas Sóisearach"}, "eqf": 2, "country": "IE"},
    {"id": "ie-qqi-major", "title": {"en": "QQI Level 5 or Level 6 major award (any PLC/FET major award, 120 FET credits)"}, "eqf": 4, "country": "IE"},
    {"id": "ie-ucc-dip-listed", "title": {"en": "UCC diploma or higher diploma on the exemption list of the College of Arts, Celtic Studies and Social Sciences (e.g. Diploma in Social Studies, Diploma in Geology, Diploma in Youth and Community Work, Diploma in Local and Regional Studies)"},
     "eqf": 6, "country": "IE"},
]

offers = [
    # ------------------------------------------------------------------ QQI Level 5 PLC awards linked to UCD agriculture
    {
        "id": "ie-qqi5-5m3807",
        "title": {"en": "QQI Level 5 Certificate: Applied Science – Laboratory Techniques (5M3807)"},
        "kind": "vet_qualification", "provider": "ie-qqi", "eqf": 4,
        "national_level": {"framework": "NFQ", "level": "5"},
        "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
        "field": "0511", "awards": "ie-qqi5-5m3807", "url": URL_IE_PLC,
        "unknown_reason": PLC_UNKNOWN,
        "note": {"en": "One-year Post-Leaving Certificate (PLC) course; a QQI major award of 120 FET credits (not ECTS). Links to UCD agricultural science, forestry, horticulture and food science degrees."},
        "source": src("Irish Examiner, Q&A: Alternative entry route to Ag Science degree course", URL_IE_PLC, Q_PLC),
    },
    {
        "id": "ie-qqi5-5m2768",
        "title": {"en": "QQI Level 5 Certificate: Animal Care (5M2768)"},
        "kind": "vet_qualification", "provider": "ie-qqi", "eqf": 4,
        "national_level": {"framework": "NFQ", "level": "5"},
        "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
        "field": "0811", "awards": "ie-qqi5-5m2768", "url": URL_IE_PLC,
        "unknown_reason": PLC_UNKNOWN,
        "note": {"en": "One-year PLC course; links to UCD DN250 Agricultural Science and animal-science options."},
        "source": src("Irish Examiner, Q&A: Alternative entry route to Ag Science degree course", URL_IE_PLC, Q_PLC),
    },
    {
        "id": "ie-qqi5-5m2586",
        "title": {"en": "QQI Level 5 Certificate: Horticulture (5M2586)"},
        "kind": "vet_qualification", "provider": "ie-qqi", "eqf": 4,
        "national_level": {"framework": "NFQ", "level": "5"},
        "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
        "field": "0812", "awards": "ie-qqi5-5m2586", "url": URL_IE_PLC,
        "unknown_reason": PLC_UNKNOWN,
        "note": {"en": "One-year PLC course linked to UCD agricultural science options."},
        "source": src("Irish Examiner, Q&A: Alternative entry route to Ag Science degree course", URL_IE_PLC, Q_PLC),
    },
    # ------------------------------------------------------------------ Higher Certificate in Agriculture (NFQ 6)
    {
        "id": "ie-hc-agri",
        "title": {"en": "Higher Certificate in Agriculture (NFQ Level 6)"},
        "kind": "short_cycle_he", "provider": "ie-ittu", "eqf": 5,
        "national_level": {"framework": "NFQ", "level": "6"},
        "credits": {"value": 120, "system": "ects"},
        "duration_months": 24, "modes": ["full_time"], "languages": ["en"],
        "field": "0811", "awards": "ie-hc-agri", "years": 2,
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-qqi5-5m2768"}]},
        "url": URL_UCD_AGRI,
        "unknown_reason": {"en": "Fee depends on the institute (student contribution for Free Fees-eligible students); the delivering institute is not named in the sources found."},
        "note": {"en": "Listed by UCD as an approved progression route into the BAgrSc (UCD booklet, Section 10). Higher Certificate = 120 ECTS, normally two years full time (TU Dublin credit definitions)."},
        "source": src("TU Dublin, Credits & Professional Certifications (Higher Certificate, NFQ 6)", URL_TUD_CREDITS, Q_TUD_HC),
    },
    # ------------------------------------------------------------------ UCD degrees
    {
        "id": "ie-bagrsc-ucd",
        "title": {"en": "Bachelor of Agricultural Science (BAgrSc), DN250 Agricultural Science"},
        "kind": "bachelor", "provider": "ie-ucd", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "8"},
        "credits": {"value": 240, "system": "ects"},
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 10000, "currency": "EUR", "academic_year": "2025/26"},
        "field": "0811", "starts": ["--09-01"], "awards": "ie-bagrsc-ucd", "years": 4,
        "entry": {"type": "any_of", "any": [
            {"type": "credential", "credential": "ie-lc"},
            {"type": "credential", "credential": "ie-qqi5-5m3807", "min_grade": 80},
            {"type": "credential", "credential": "ie-qqi5-5m2768", "min_grade": 80},
            {"type": "credential", "credential": "ie-qqi5-5m2586", "min_grade": 80},
            {"type": "credential", "credential": "ie-hc-agri"},
            {"type": "credential", "credential": "ie-bsc7-agri"}]},
        "url": URL_UCD_AGRI,
        "note": {"en": "Honours degree (NFQ 8, 240 ECTS, four years). QQI-FET route: reserved places, ranked on CAO score, minimum distinction in five components (min_grade 80 = distinction ≥ 80 %, an approximation of 'distinction in five modules'). " + SC_NOTE},
        "source": src("UCD School of Agriculture and Food Science, Alternative Entry and Progression", URL_UCD_AGRI,
                      "It is possible to apply for admission to the Bachelor of Agricultural Science (BAgrSc) programme, on the basis of a Level 6 Higher Certificate or Level 7 Ordinary Degree, through specific progression routes from Irish Institutes of Technology with at least Merit award."),
    },
    {
        "id": "ie-bsc-ucd-cs",
        "title": {"en": "DN201 Computer Science (BSc, UCD)"},
        "kind": "bachelor", "provider": "ie-ucd", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "8"},
        "credits": {"value": 240, "system": "ects"},
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 10000, "currency": "EUR", "academic_year": "2025/26"},
        "field": "0613", "starts": ["--09-01"], "awards": "ie-bsc-ucd-cs", "years": 4,
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-cert-ucd"}]},
        "url": URL_UCD_PROG,
        "note": {"en": "Four-year honours programme (240 ECTS per TU Dublin/NFQ honours definition; UCD programme length not restated on the page found). Ten reserved year-1 places for holders of the UCD Open Learning Certificate (minimum GPA 3.08). " + SC_NOTE},
        "source": src("UCD Admissions, UCD Progression Routes (Open Learning Certificate → DN201 Computer Science)", URL_UCD_PROG,
                      "Applicants who have achieved the UCD Open Learning Certificate who meet the requirements shown below are eligible to apply for a place in year 1 of the following programmes, subject to availability of places: … DN201 Computer Science Minimum GPA 3.08 6 modules must be completed for credit."),
    },
    {
        "id": "ie-bsc-ucd-sci",
        "title": {"en": "DN200 Science (BSc, UCD)"},
        "kind": "bachelor", "provider": "ie-ucd", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "8"},
        "credits": {"value": 240, "system": "ects"},
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 10000, "currency": "EUR", "academic_year": "2025/26"},
        "field": "05", "starts": ["--09-01"], "awards": "ie-bsc-ucd-sci", "years": 4,
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-cert-ucd"}]},
        "url": URL_UCD_PROG,
        "note": {"en": "Ten reserved year-1 places for holders of the UCD Open Learning Certificate (minimum GPA 3.08). " + SC_NOTE},
        "source": src("UCD Admissions, UCD Progression Routes (Open Learning Certificate → DN200 Science)", URL_UCD_PROG,
                      "DN200 Science Minimum GPA 3.08 6 modules must be completed for credit. At least 2 of these should be Science modules which are available through Open Learning. A minimum of 15 credits may be offset against the degree programmes."),
    },
    {
        "id": "ie-cert-ucd",
        "title": {"en": "UCD Open Learning Certificate"},
        "description": {"en": "Certificate built from UCD modules taken part time through Open Learning (6 modules for credit); a reserved-place route into year 1 of named UCD degrees."},
        "kind": "he_module", "provider": "ie-ucd", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "7"},
        "credits": {"value": 30, "system": "ects"},
        "duration_months": 12,
        "cost": {"amount": 3000, "currency": "EUR", "academic_year": "2024/25"},
        "modes": ["part_time"], "languages": ["en"],
        "field": "05", "awards": "ie-cert-ucd",
        "url": URL_UCD_OL_PATH,
        "note": {"en": "University Certificate in Open Learning (NFQ Level 7): one year part time, 30 credits = 6 modules (UCD Access and Lifelong Learning: 'It is a one year, part-time University Certificate in Open Learning (NFQ Level 7)… Complete 30 credits (6 modules).'). Cost = 6 × €500 per 5-credit module ('Open Learning costs €500 per 5 credit module', " + URL_UCD_OL_FAQ + "); not SUSI-funded. For DN201/DN200: 6 modules for credit, at least 2 of them science modules available through Open Learning; the Leaving Certificate mathematics requirement still applies (or equivalent Open Learning mathematics modules)."},
        "source": src("UCD Admissions, UCD Progression Routes (UCD Open Learning Certificate)", URL_UCD_PROG,
                      "Applicants who have achieved the UCD Open Learning Certificate who meet the requirements shown below are eligible to apply for a place in year 1 of the following programmes, subject to availability of places:"),
    },
    {
        "id": "ie-ucd-seam",
        "title": {"en": "UCD Access to Science, Engineering, Agricultural Science and Medicine (SEAM), NFQ Level 6"},
        "kind": "adult_course", "provider": "ie-ucd", "eqf": 5,
        "national_level": {"framework": "NFQ", "level": "6"},
        "modes": ["part_time"], "languages": ["en"],
        "field": "05", "awards": "ie-ucd-seam",
        "url": URL_UCD_AGRI,
        "unknown_reason": {"en": "A fee of €1,800 is quoted only in an undated press article; duration not stated (evening and Saturday classes)."},
        "note": {"en": "For mature applicants (over 22/23) without the formal entry qualifications; entry into linked UCD programmes for students who meet the assessment criteria and apply through the CAO on grounds of mature years."},
        "source": src("Farmers Journal, Alternative routes to agriculture and law degrees (UCD Access course)", URL_FJ_SEAM,
                      "Upon completing the course, entry is guaranteed into an undergraduate programme in these related areas to students who meet the assessment criteria, are eligible to apply on grounds of mature years, and who follow appropriate application procedures through the CAO."),
    },
    {
        "id": "ie-rpl-ucd",
        "title": {"en": "Recognition of Prior and Concurrent Learning (RPL) at UCD"},
        "kind": "validation_procedure", "provider": "ie-ucd", "eqf": 6,
        "modes": ["part_time"], "languages": ["en"],
        "field": "05", "awards": "ie-rpl-ucd",
        "url": URL_UCD_RPL,
        "unknown_reason": {"en": "Assessment is individual; UCD states that a fee may be charged to cover the costs of processing, amount not published on the page found."},
        "note": {"en": "Apply after applying for or accepting a UCD place, preferably before the module starts; evidence is compared with the module learning outcomes."},
        "source": src("UCD, Recognition of Prior Learning – FAQ", URL_UCD_RPL,
                      "Non-Graded credit is awarded as a block of credit that contributes to the overall credit requirements of the programme. It does not carry a grade and may not be included in GPA calculations."),
    },
    # ================================================================== second pass (2026-12-01)
    # ------------------------------------------------------------------ craft apprenticeship → degree apprenticeship
    {
        "id": "ie-app-elec",
        "title": {"en": "Electrical craft apprenticeship – QQI Level 6 Advanced Certificate Craft – Electrical"},
        "kind": "apprenticeship", "provider": "ie-solas", "eqf": 5,
        "national_level": {"framework": "NFQ", "level": "6"},
        "duration_months": 48, "modes": ["work_based"], "languages": ["en"],
        "field": "0713", "awards": "ie-app-elec",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-jc"},
                                             {"type": "credential", "credential": "ie-lc"},
                                             {"type": "work_experience", "years": 3}]},
        "url": URL_CP_CRAFT,
        "unknown_reason": {"en": "Apprentices are employed and paid by an approved employer; no training fee for the apprentice is stated in the sources found."},
        "note": {"en": "Statutory craft apprenticeship: 7 phases, 3 off the job (phase 2 at ETB training centres, phases 4 and 6 at institutes/TUs) and 4 on the job; award: Level 6 Advanced Certificate Craft (" + URL_MSLETB + "). Minimum age 16; entry: grade D (or 'Achieved') in five Junior Certificate subjects, an approved pre-apprenticeship course, or three years' relevant work experience over 16 (careersportal.ie, electrical). The apprentice must first find an approved employer."},
        "source": src("CareersPortal, Apprenticeship Training (craft apprenticeships)", URL_CP_CRAFT,
                      "All current craft apprenticeship programmes are of 4 years duration, typically distributed over 7 phases of \"on the job\" and \"off the job\" training"),
    },
    {
        "id": "ie-beng-iee",
        "title": {"en": "Bachelor of Engineering in Industrial Electrical Engineering (Apprenticeship), NFQ Level 7"},
        "kind": "apprenticeship", "provider": "ie-tus", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "7"},
        "duration_months": 24, "modes": ["work_based"], "languages": ["en"],
        "field": "0713", "awards": "ie-beng-iee",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-app-elec"}]},
        "url": URL_AEC_IEE,
        "unknown_reason": {"en": "Employer-led apprenticeship (apprentice stays employed); no fee for the apprentice is stated in the sources found."},
        "note": {"en": "Progression apprenticeship for qualified electricians: 24 months, 70 % on the job; delivered at TUS Moylish (two 15-week blocks) or TU Dublin Tallaght (one day a week). Other entry routes: Advanced Certificate Craft (Electrical/Instrumentation) or (Refrigeration), or a cognate Level 6 electrical certificate. ECTS total not stated in the sources found. Access route, not a credit rule: the craft award is the entry requirement."},
        "source": src("Bachelor of Engineering in Industrial Electrical Engineering (Apprenticeship) Level 7 – applications open (TUS / TU Dublin)", URL_AEC_IEE,
                      "The course is a 2 year employer-led apprenticeship with 70% of the learners time spent on the job. … This programme is primarily designed as a progression pathway for qualified Electricians, the minimum entry requirements are outlined below: a. Holder of the Advanced Certificate (Level 6) in Craft (Electrical)"),
    },
    # ------------------------------------------------------------------ ordinary degree (NFQ 7) → UCD BAgrSc stage 3
    {
        "id": "ie-bsc7-agri",
        "title": {"en": "Ordinary Bachelor Degree in Agriculture (NFQ Level 7) on an approved UCD progression route"},
        "kind": "bachelor", "provider": "ie-ittu", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "7"},
        "credits": {"value": 180, "system": "ects"},
        "duration_months": 36, "modes": ["full_time"], "languages": ["en"],
        "field": "0811", "awards": "ie-bsc7-agri", "years": 3,
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-hc-agri"}]},
        "url": URL_FJ_AGRI,
        "unknown_reason": {"en": "Stands for the Level 7 agriculture degrees of the institutes/TUs on UCD's approved list (e.g. CIT, LYIT, IT Tralee Level 7 agriculture courses named in CAO reports); the individual institute and its fee are not fixed here."},
        "note": {"en": "Ordinary degree = 180 ECTS, normally three years full time or one year after a Higher Certificate (TU Dublin credit definitions, " + URL_TUD_CREDITS + "). Graduates with Merit or Distinction enter stage 3 of UCD's BAgrSc (rule ie-r-bsc7-bagrsc)."},
        "source": src("TU Dublin, Credits & Professional Certifications (Ordinary Degree, NFQ 7)", URL_TUD_CREDITS,
                      "An Ordinary Degree programme is normally of either three years full-time or of one year full-time post-Higher Certificate duration (or equivalent part-time duration). … The Ordinary Degree is awarded for the attainment of a total of 180 ECTS Credits, 60 at Level 1, 60 at Level 2, and 60 at Level 3."),
    },
    # ------------------------------------------------------------------ Springboard+ conversion course at ATU (ex-GMIT) + ATU RPL
    {
        "id": "ie-hdip-atu-sd",
        "title": {"en": "Higher Diploma in Science in Computing (Software Development) – ICT Skills / Springboard+"},
        "kind": "he_module", "provider": "ie-atu", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "8"},
        "credits": {"value": 60, "system": "ects"},
        "duration_months": 12, "modes": ["online", "part_time"], "languages": ["en"],
        "cost": {"amount": 750, "currency": "EUR", "academic_year": "2020"},
        "field": "0613", "awards": "ie-hdip-atu-sd",
        "entry": {"type": "level", "min_eqf": 6, "country": "IE"},
        "url": URL_GMIT_HDIP,
        "credit_cap": {"ects": 30, "covers": "all",
                       "source": src("Atlantic Technological University, RPL Process for Module Exemptions", URL_ATU_RPL,
                                     "RPL for module credit or exemption will be considered for approval within the following limits: … Major awards (up to Level 8): … up to a maximum of 60 credits in a non-award year … up to a maximum of 30 credits in an award year … a capstone module is not eligible for RPL",
                                     legal_basis="ATU academic regulations on Recognition of Prior Learning (module exemptions)")},
        "note": {"en": "Graduate conversion course (Level 8 major award, 60 taught credits) for honours-degree holders from non-computing disciplines; fully online, 12 or 18 months (also a 24-month part-time option), with a 3–6 month placement. Cost €750 is the Springboard+/ICT Skills fee for EMPLOYED applicants; FREE for unemployed applicants (page undated; the Springboard+ listing refers to the January–December 2020 intake). GMIT became part of ATU on 1 April 2022 (" + URL_ATU_EST + "), so ATU's RPL limits apply: the single year is an award year, so at most 30 credits by RPL. Entry: honours degree (NFQ 8); modelled as any EQF 6 qualification (an NFQ 7 ordinary degree is also EQF 6, which the page does not accept)."},
        "source": src("GMIT (now ATU), Higher Diploma in Science in Computing (Software Development) – ICT SKILLS/SPRINGBOARD+", URL_GMIT_HDIP,
                      "NFQ Level: 8 … Entry Requirements: Honours Degree (NFQ Level 8) … Free to Unemployed applicants. €750 for Employed applicants … You can complete the course over 12 or 18 months."),
    },
    {
        "id": "ie-rpl-atu",
        "title": {"en": "Recognition of Prior Learning (RPL) for module exemptions at ATU"},
        "kind": "validation_procedure", "provider": "ie-atu", "eqf": 6,
        "modes": ["part_time"], "languages": ["en"],
        "field": "06", "awards": "ie-rpl-atu",
        "url": URL_ATU_RPL,
        "unknown_reason": {"en": "Individual assessment by the module lecturer within the semester; no fee and no fixed duration are stated on the page found."},
        "note": {"en": "Only registered students; apply within 10 days of module commencement and keep attending until the exemption is approved. Based on prior certified learning (RPCL) or prior experiential learning (RPEL); limits: 60 credits in a non-award year, 30 in an award year (major awards up to Level 8), 50 % of taught credits at Level 9, 50 % for minor/special-purpose awards over 10 credits; capstone and dissertation modules are excluded."},
        "source": src("Atlantic Technological University, RPL Process for Module Exemptions", URL_ATU_RPL,
                      "Exemptions are assessed by the lecturer who takes the module. They are awarded where the lecturer is satisfied the student meets the learning outcomes for the module, at the required level or higher on the national framework of qualifications."),
    },
    # ------------------------------------------------------------------ Maynooth University: QQI (HELS) entry, conversion H.Dip, MSc
    {
        "id": "ie-mu-ba",
        "title": {"en": "MH101 Bachelor of Arts (Maynooth University)", "ga": "Baitsiléir Ealaíon (MH101)"},
        "kind": "bachelor", "provider": "ie-mu", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "8"},
        "credits": {"value": 180, "system": "ects"},
        "duration_months": 36, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7500, "currency": "EUR", "academic_year": "2025/26"},
        "field": "02", "starts": ["--09-01"], "awards": "ie-mu-ba", "years": 3,
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-qqi-major", "min_grade": 80}]},
        "url": URL_MU_BA,
        "note": {"en": "Honours BA (NFQ 8), 60 credits a year; three years: the page states 'A year of study is 60 credits' and that students taking the optional Erasmus/study-abroad year in 3rd year graduate with a BA International after 4 years (" + URL_MU_BA_OPC + "). QQI/HELS route: any QQI Level 5/6 major award with at least five distinctions meets the minimum requirement, but demand typically needs at least 8 distinctions; only specific QQI course codes qualify; single-sitting results (1 Aug–31 Jul) are scored (Distinction 3.25, Merit 2.16, Pass 1.08 × credits, max 390 points). In 2017 MH101 offered 100 QQI places (QQI points 341). min_grade 80 approximates 'five distinctions'. " + SC_NOTE},
        "source": src("Maynooth University, QQI courses linked to our degrees", URL_MU_QQI,
                      "Any QQI award (at level 5 or 6), with a minimum of five distinctions, fulfills the minimum entry requirements for admission to Maynooth University - this means the applicant is eligible for consideration for a place at the University. However, due to the high demand for our courses, a higher number of distinctions is required for entry in many instances (typically at least 8 distinctions)."),
    },
    {
        "id": "ie-mu-hdip-sd",
        "title": {"en": "MHG70 Higher Diploma in Science (Software Development), Maynooth University"},
        "kind": "he_module", "provider": "ie-mu", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "8"},
        "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
        "field": "0613", "starts": ["--09-01"], "awards": "ie-mu-hdip-sd",
        "entry": {"type": "level", "min_eqf": 6, "country": "IE"},
        "url": URL_MU_HDIP,
        "unknown_reason": {"en": "The fee is not stated on the page found; eligible students may apply for Springboard+ funding (free if unemployed or a returner; employed pay 10 % of the fee at NFQ 7–9)."},
        "note": {"en": "Conversion course for holders of a Level 8 degree in a non-computing subject (modelled as any EQF 6 qualification); Springboard+ funding possible. First-class honours graduates with strong programming may apply to the 1-year MSc in Software Engineering (MHG50). ECTS total not stated on the page."},
        "source": src("Maynooth University, Higher Diploma in Science (Software Development) MHG70", URL_MU_HDIP,
                      "The Higher Diploma in Science (Software Development) MHG70 is a one-year programme for graduates with degrees in ANY subject giving them a practical introduction to software development including programming, software design and testing, team project work."),
    },
    {
        "id": "ie-mu-msc-se",
        "title": {"en": "MHG50 MSc in Software Engineering, Maynooth University"},
        "kind": "master", "provider": "ie-mu", "eqf": 7,
        "national_level": {"framework": "NFQ", "level": "9"},
        "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
        "field": "0613", "awards": "ie-mu-msc-se",
        "entry": {"type": "credential", "credential": "ie-mu-hdip-sd", "min_grade": 70},
        "url": URL_MU_HDIP,
        "unknown_reason": {"en": "Fee and ECTS total not stated on the page found (only the MHG70 page, which describes the progression)."},
        "note": {"en": "One-year MSc; progression route for MHG70 graduates with first-class honours (min_grade 70 ≈ first class) and strong programming ability; holders of other Level 8 diplomas in computing, software development or software engineering may also apply."},
        "source": src("Maynooth University, Higher Diploma in Science (Software Development) MHG70 – Progression to the MSc in Software Engineering (MHG50)", URL_MU_HDIP,
                      "Graduates of the Higher Diploma in Software Development (MHG70) who hold a first-class honour in this course and who demonstrate a strong programming ability, are welcome to apply for entry to our 1-year MSc programme in Software engineering (course code: MHG50)."),
    },
    # ------------------------------------------------------------------ MTU (Cork): Level 7 and Level 8 software development, RPL
    {
        "id": "ie-bsc7-mtu-sd",
        "title": {"en": "BSc in Software Development (NFQ Level 7), MTU Cork"},
        "kind": "bachelor", "provider": "ie-mtu", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "7"},
        "credits": {"value": 180, "system": "ects"},
        "duration_months": 36, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7500, "currency": "EUR", "academic_year": "2025/26"},
        "field": "0613", "starts": ["--09-01"], "awards": "ie-bsc7-mtu-sd", "years": 3,
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-qqi-major"}]},
        "url": URL_MTU_SD,
        "note": {"en": "Six 13-week semesters of 30 ECTS; years 1–2 share their modules (SOFT6018, SOFT6007, … SOFT7004, SOFT7022) with the honours programme ie-bsch-mtu-sd. QQI entry: institutes/TUs generally accept any QQI major award in open competition (Cork College of Commerce, HELS). " + SC_NOTE},
        "source": src("MTU Department of Computer Science, BSc in Software Development – programme schedule", URL_MTU_SD,
                      "The BSc in Software Development programme is delivered over three years. … Semesters normally have modules with a value of 5 ECTS credits giving 30 ECTS credits per semester and 60 ECTS credits per year. A 3-year level 7 degree has 180 ECTS credits."),
    },
    {
        "id": "ie-bsch-mtu-sd",
        "title": {"en": "BSc (Hons) in Software Development (NFQ Level 8), MTU Cork"},
        "kind": "bachelor", "provider": "ie-mtu", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "8"},
        "credits": {"value": 240, "system": "ects"},
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 10000, "currency": "EUR", "academic_year": "2025/26"},
        "field": "0613", "starts": ["--09-01"], "awards": "ie-bsch-mtu-sd", "years": 4,
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-qqi-major"},
                                             {"type": "credential", "credential": "ie-bsc7-mtu-sd"}]},
        "url": URL_MTU_SDH,
        "note": {"en": "Eight 13-week semesters of 30 ECTS. " + SC_NOTE},
        "source": src("MTU Department of Computer Science, BSc (Hons) in Software Development – programme schedule", URL_MTU_SDH,
                      "The BSc (Hons) in Software Development programme is delivered over four years. … A 4-year level 8 honours degree has 240 ECTS credits."),
    },
    {
        "id": "ie-rpl-mtu",
        "title": {"en": "Recognition of Prior Learning (RPL) at MTU (module credit / exemption)"},
        "kind": "validation_procedure", "provider": "ie-mtu", "eqf": 6,
        "modes": ["part_time"], "languages": ["en"],
        "field": "06", "awards": "ie-rpl-mtu",
        "url": URL_MTU_RPL,
        "unknown_reason": {"en": "The fee is the module fee of each module claimed (refunded less €50 for prior formal learning); the total depends on the modules; assessment normally takes a week to ten days."},
        "note": {"en": "Register for the module, agree the basis of the case with the module assessor, submit the application with evidence against the module learning outcomes (deadline week 5 of the semester: 10 October 2024 in 2024/25). Exemptions are granted for whole modules only. MTU 'Academic Policy Governing Recognition of Prior Learning' (March 2022) on " + URL_MTU_RPL_HOME + "."},
        "source": src("MTU (Cork), Recognition of Prior Learning – Frequently Asked Questions", URL_MTU_RPL,
                      "Full module fee is payable up front. All RPL cases cost the full module fee, apart from those based on prior formal learning. For prior formal learning cases a refund less (€50 processing fee) is allowed once the result is ratified at the module exam board meeting. … Exemptions are granted for whole modules only."),
    },
    # ================================================================== third pass (2026-12-01)
    # ------------------------------------------------------------------ UCC: BA (Hons) CK101 and the 15-credit exemption for UCC diploma holders
    {
        "id": "ie-ucc-ba",
        "title": {"en": "BA (Hons) – CK101 Arts, University College Cork", "ga": "BA (Onóracha) – CK101 Ealaíona"},
        "kind": "bachelor", "provider": "ie-ucc", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "8"},
        "credits": {"value": 180, "system": "ects"},
        "duration_months": 36, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 7500, "currency": "EUR", "academic_year": "2025/26"},
        "field": "02", "starts": ["--09-01"], "awards": "ie-ucc-ba", "years": 3,
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-qqi-major", "min_grade": 80}]},
        "url": URL_UCC_BA,
        "note": {"en": "Three-year honours BA, 60 credits in each of First, Second and Third Arts; four subjects in First Arts, two continued to degree level. Leaving Certificate: H5 in two subjects and O6/H7 in four others incl. Irish, English and another language (" + URL_UCC_CK101 + "). The QQI route (min_grade 80 ≈ distinctions) is the general HELS route, not restated on the CK101 page found. Holders of a listed UCC diploma may be exempted from 15 credits of First Arts (rule ie-r-ucc-dip-ba). " + SC_NOTE},
        "source": src("UCC Academic Programme Catalogue, BA (Hons) – CK101", URL_UCC_BA,
                      "National Framework Of Qualifications (NFQ) Level: 8 … Duration Full Time: 3 Academic Year(s) Total Credits: 180 … To be eligible for the award of the BA (Hons) degree a student will be required to have achieved 180 credits by obtaining 60 credits in each of First, Second and Third Arts."),
    },
    # ------------------------------------------------------------------ DkIT: Early Childhood Studies, Level 7 (year-2 entry, part time) and Level 8
    {
        "id": "ie-dkit-ba-ecs",
        "title": {"en": "BA (Hons) in Early Childhood Studies, Dundalk Institute of Technology (NFQ Level 8)"},
        "kind": "bachelor", "provider": "ie-dkit", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "8"},
        "credits": {"value": 240, "system": "ects"},
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 10000, "currency": "EUR", "academic_year": "2025/26"},
        "field": "0922", "starts": ["--09-01"], "awards": "ie-dkit-ba-ecs", "years": 4,
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-dkit-ba-aecs", "min_grade": 50}]},
        "url": URL_DKIT_ECS,
        "note": {"en": "Professional Practice Placement in each of the four years; 25 places; PACG-approved (Professional Award Criteria and Guidelines) for the early learning and care sector. Level 7 graduates need an average (GPA) of 50 % to progress to 'the relevant Level 8 Honours Bachelors programme' at DkIT (" + URL_DKIT_QUALMOD + "). " + SC_NOTE},
        "source": src("DkIT news, Early Childhood courses awarded the PACG (2022)", URL_DKIT_PACG,
                      "The BA (Hons) in Early Childhood Studies (Level 8) is a full-time, 4-year, 240 ECTS programme, applications through the CAO."),
    },
    {
        "id": "ie-dkit-ba-aecs",
        "title": {"en": "BA in Applied Early Childhood Studies [Advanced Entry to Year 2 Only], Dundalk Institute of Technology (NFQ Level 7)"},
        "kind": "bachelor", "provider": "ie-dkit", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "7"},
        "duration_months": 24, "modes": ["part_time", "blended"], "languages": ["en"],
        "cost": {"amount": 5000, "currency": "EUR", "academic_year": "2025/26"},
        "field": "0922", "starts": ["--09-01"], "awards": "ie-dkit-ba-aecs",
        "url": URL_DKIT_AECS,
        "note": {"en": "Two-year part-time blended (online and evening/workshop) Level 7 degree entered directly into year 2, for people already working in early childhood care and education. Cost = €2,500 per annum × 2 (EU fee stated for the September 2025 intake). Places first come, first served. The admission requirement (prior early-years qualification and experience) is not in the page text found, so no entry tree is given: ask DkIT. ECTS total not stated."},
        "source": src("DkIT, BA in Applied Early Childhood Studies [Advanced Entry to Year 2 Only]", URL_DKIT_AECS,
                      "The BA in Applied Early Childhood Education [Year 2-entry only] is a two-year part-time course, designed for people who are interested in pursuing opportunities in the Early Childhood Education (ECE) sector. … Fees (EU) €2,500 per annum"),
    },
    # ------------------------------------------------------------------ ATU tertiary degree: QQI Level 5 Nursing Studies (ETB) → BSc (Hons) General Nursing
    {
        "id": "ie-qqi5-5m4349",
        "title": {"en": "QQI Level 5 Certificate: Nursing Studies (5M4349) – Tertiary Access Route into General Nursing (year 1, Sligo College of FET)"},
        "kind": "vet_qualification", "provider": "ie-sligocfe", "eqf": 4,
        "national_level": {"framework": "NFQ", "level": "5"},
        "duration_months": 12, "modes": ["full_time"], "languages": ["en"],
        "field": "0913", "awards": "ie-qqi5-5m4349",
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-qqi-major"},
                                             {"type": "all_of", "all": [{"type": "credential", "credential": "ie-jc"},
                                                                        {"type": "work_experience", "years": 2}]}]},
        "url": URL_SLIGOCFE_GN,
        "unknown_reason": {"en": "Year 1 is a further-education (ETB) year; no course charge is stated on the pages found. Eligibility also requires meeting the SUSI special-rate / long-term social-welfare / priority-group criteria of the tertiary degree."},
        "note": {"en": "Year 1 of ATU's tertiary degree in General Nursing, delivered by Sligo College of FET (also FET Centre Letterkenny, Donegal ETB, and Roscommon, GRETB): modules Anatomy & Physiology, Nursing Theory & Practice, Human Growth & Development, Work Practice, Communications, Infection Prevention & Control, Care of the Older Person, Care Skills. Entry (Sligo CFE): Leaving Certificate (five O6/H7 incl. English or Irish and Mathematics), or a full Level 5/6 QQI award, or mature (23+), or access programme, or age 17+ with 2 years' relevant post-Junior Certificate experience. The code 5M4349 (Nursing Studies) is the QQI award named by St Angela's College for its QQI places (" + URL_STANGELAS_AS110 + ")."},
        "source": src("Sligo College of FET, Tertiary Access Route into General Nursing (B.Sc. Hons)", URL_SLIGOCFE_GN,
                      "Students on this one-year programme will gain practical experience in healthcare clinical settings which, combined with an insight into theories relating to the nursing profession, will enable them to deliver high standards of care. … The first year of the programme will be delivery locally by SligoCFE and successful candidates will progress to complete their remaining years on the BSc (Hons) in General Nursing Studies at ATU campuses in Castlebar, Letterkenny or Sligo."),
    },
    {
        "id": "ie-atu-bsc-gn",
        "title": {"en": "Bachelor of Science (Honours) in General Nursing, ATU Sligo – St Angela's (CAO AU991)"},
        "kind": "bachelor", "provider": "ie-atu", "eqf": 6,
        "national_level": {"framework": "NFQ", "level": "8"},
        "duration_months": 48, "modes": ["full_time"], "languages": ["en"],
        "cost": {"amount": 10000, "currency": "EUR", "academic_year": "2025/26"},
        "field": "0913", "starts": ["--09-01"], "awards": "ie-atu-bsc-gn", "years": 4,
        "entry": {"type": "any_of", "any": [{"type": "credential", "credential": "ie-lc"},
                                             {"type": "credential", "credential": "ie-qqi5-5m4349", "min_grade": 80}]},
        "url": URL_QF_AU991,
        "note": {"en": "Four years full time, Level 8, awarded by ATU (Qualifax AU991; CAO round-1 points 2025: 369). Leaving Certificate route: two H5 + four O6/H7 incl. Maths, English or Irish and a laboratory science; Garda vetting and medical clearance. Tertiary-degree route (no CAO points race): the QQI Level 5 Nursing Studies year at an ETB with the full award and at least five distinctions incl. Anatomy & Physiology and Nursing Theory & Practice or Care Support (min_grade 80 ≈ five distinctions). This is ACCESS to year 1 of the four-year degree, not credit: the ETB year is added before the degree. ECTS total not stated on the pages found. " + SC_NOTE},
        "source": src("ATU, Bachelor of Science (Honours) in General Nursing – Tertiary Degrees", URL_ATU_TERT_GN,
                      "Students complete year one in one of our partner ETB’s, in either Sligo, Letterkenny or Boyle and then progress to the corresponding ATU Campus to undertake their four-year Nursing programme. … To progress to the four-year undergraduate degree in General Nursing, successful students must achieve the full QQI Level 5 Award, with a minimum of five distinctions, which must include Anatomy and Physiology and Introduction to Nursing Theory and Practice or Care Support."),
    },
]

rules = [
    {
        "id": "ie-r-hc-bsc-agri", "from": ["ie-hc-agri"], "to": "ie-bagrsc-ucd",
        "grant": {"type": "advanced_entry", "year": 2},
        "conditions": {"min_grade": 65},
        "kind": "articulation", "issuer": "UCD School of Agriculture and Food Science (Agricultural Sciences Programme Board)",
        "source": src("UCD School of Agriculture and Food Science, Alternative Entry and Progression (approved progression routes)", URL_UCD_AGRI,
                      "It is possible to apply for admission to the Bachelor of Agricultural Science (BAgrSc) programme, on the basis of a Level 6 Higher Certificate or Level 7 Ordinary Degree, through specific progression routes from Irish Institutes of Technology with at least Merit award. … Applications are considered for Stage 2 or 3 depending on awards presented. … Places are competitive and subject to availability."),
        "note": {"en": "Correction (issue 12): a Higher Certificate gives entry to STAGE 2, not year 3 (Level 7 ordinary degrees give stage 3). The Farmers Journal table of UCD routes: candidates enter third year 'with the exception of candidates coming from the Higher Certificate (HC) in Agriculture (first row) who will enter second year in UCD' (" + URL_FJ_AGRI + "). At least Merit (min_grade 65 ≈ Merit); limited, competitive places.", "de": "Korrektur (Issue 12): Ein Higher Certificate gibt Zugang zu STAGE 2, nicht zum 3. Jahr (Level 7 ordinary degrees geben Zugang zu Stage 3). Die Tabelle des Farmers Journal zu den UCD-Wegen: Bewerberinnen und Bewerber steigen ins dritte Jahr ein, 'with the exception of candidates coming from the Higher Certificate (HC) in Agriculture (first row) who will enter second year in UCD' (" + URL_FJ_AGRI + "). Mindestens Merit (min_grade 65 ≈ Merit); begrenzte, kompetitiv vergebene Plätze.", "fr": "Correction (issue 12) : un Higher Certificate donne accès au STAGE 2, pas à la 3e année (les Level 7 ordinary degrees donnent accès au stage 3). Le tableau des voies d'accès à l'UCD du Farmers Journal : les candidats entrent en troisième année 'with the exception of candidates coming from the Higher Certificate (HC) in Agriculture (first row) who will enter second year in UCD' (" + URL_FJ_AGRI + "). Au moins Merit (min_grade 65 ≈ Merit) ; places limitées, attribuées sur concours."},
        "documents": [{"en": "Higher Certificate transcript showing Merit or Distinction", "de": "Notenübersicht des Higher Certificate mit Merit oder Distinction", "fr": "Relevé de notes du Higher Certificate avec mention Merit ou Distinction"}],
    },
    {
        "id": "ie-r-ol-cs", "from": ["ie-cert-ucd"], "to": "ie-bsc-ucd-cs",
        "grant": {"type": "credits", "ects": 15},
        "kind": "articulation", "issuer": "UCD Admissions",
        "source": src("UCD Admissions, UCD Progression Routes (Open Learning Certificate → DN201 Computer Science)", URL_UCD_PROG,
                      "DN201 Computer Science Minimum GPA 3.08 6 modules must be completed for credit. At least 2 of these should be Science modules which are available through Open Learning. A minimum of 15 credits may be offset against the degree programmes."),
        "note": {"en": "15 ECTS is the stated minimum offset; more may be possible. Reserved places: 10. Minimum GPA 3.08 (not expressible as a 0–100 grade here).", "de": "15 ECTS ist die angegebene Mindestanrechnung; mehr kann möglich sein. Reservierte Plätze: 10. Mindest-GPA 3.08 (hier nicht als Note auf der Skala 0–100 darstellbar).", "fr": "15 ECTS est la dispense minimale indiquée ; davantage peut être possible. Places réservées : 10. GPA minimal de 3.08 (non exprimable ici comme une note sur 0–100)."},
    },
    {
        "id": "ie-r-ol-sci", "from": ["ie-cert-ucd"], "to": "ie-bsc-ucd-sci",
        "grant": {"type": "credits", "ects": 15},
        "kind": "articulation", "issuer": "UCD Admissions",
        "source": src("UCD Admissions, UCD Progression Routes (Open Learning Certificate → DN200 Science)", URL_UCD_PROG,
                      "DN200 Science Minimum GPA 3.08 6 modules must be completed for credit. At least 2 of these should be Science modules which are available through Open Learning. A minimum of 15 credits may be offset against the degree programmes."),
        "note": {"en": "15 ECTS is the stated minimum offset. Reserved places: 10.", "de": "15 ECTS ist die angegebene Mindestanrechnung. Reservierte Plätze: 10.", "fr": "15 ECTS est la dispense minimale indiquée. Places réservées : 10."},
    },
    {
        "id": "ie-r-rpl-ucd-cs", "from": ["ie-rpl-ucd"], "to": "ie-bsc-ucd-cs",
        "grant": {"type": "credits", "ects": 10},
        "kind": "individual", "issuer": "UCD programme board (RPL policy)",
        "source": src("UCD, Recognition of Prior Learning", "https://www.ucd.ie/registry/prospectivestudents/admissions/rpl",
                      "Students can apply to have prior and concurrent learning recognised for the purposes of admission into a UCD programme of study, or credit applied towards a UCD programme of study (for example to replace elective credits in a Stage), or transfer into or between UCD programmes.",
                      certainty="illustrative"),
        "note": {"en": "Illustrative amount: 10 ECTS (e.g. two 5-credit electives) is an example; UCD decides per module against its learning outcomes.", "de": "Beispielhafter Umfang: 10 ECTS (z. B. zwei Wahlmodule zu 5 Credits) sind ein Beispiel; die UCD entscheidet je Modul anhand seiner Lernergebnisse.", "fr": "Volume illustratif : 10 ECTS (par exemple deux modules optionnels de 5 crédits) est un exemple ; l'UCD décide module par module au regard de ses acquis d'apprentissage."},
    },
    # ================================================================== second pass (2026-12-01)
    {
        "id": "ie-r-bsc7-bagrsc", "from": ["ie-bsc7-agri"], "to": "ie-bagrsc-ucd",
        "grant": {"type": "advanced_entry", "year": 3},
        "conditions": {"min_grade": 65},
        "kind": "articulation", "issuer": "UCD School of Agriculture and Food Science (Agricultural Sciences Programme Board)",
        "source": src("Farmers Journal, What happens if I don't get the points for ag? (table of approved UCD progression routes)", URL_FJ_AGRI,
                      "In Table 1 we have detailed particular courses in institutions across the country, the graduates of which are eligible to apply for a place on particular UCD agricultural science programmes, provided they have met the required academic standard (Merit 1, Merit 2 or Distinction). Candidates will enter into third year of their programme in UCD, with the exception of candidates coming from the Higher Certificate (HC) in Agriculture (first row) who will enter second year in UCD."),
        "note": {"en": "Confirmed by UCD's own page: 'Applications are considered for Stage 2 or 3 depending on awards presented' (" + URL_UCD_AGRI + "). Level 7 ordinary degree with at least Merit (min_grade 65 ≈ Merit) → stage 3; places subject to availability ('UCD says it has not yet turned away students coming from these programmes').", "de": "Von der eigenen Seite der UCD bestätigt: 'Applications are considered for Stage 2 or 3 depending on awards presented' (" + URL_UCD_AGRI + "). Level 7 ordinary degree mit mindestens Merit (min_grade 65 ≈ Merit) → Stage 3; Plätze nach Verfügbarkeit ('UCD says it has not yet turned away students coming from these programmes').", "fr": "Confirmé par la page de l'UCD elle-même : 'Applications are considered for Stage 2 or 3 depending on awards presented' (" + URL_UCD_AGRI + "). Level 7 ordinary degree avec au moins Merit (min_grade 65 ≈ Merit) → stage 3 ; places selon les disponibilités ('UCD says it has not yet turned away students coming from these programmes')."},
        "documents": [{"en": "Ordinary degree transcript showing Merit or Distinction", "de": "Notenübersicht des Ordinary Degree mit Merit oder Distinction", "fr": "Relevé de notes de l'Ordinary Degree avec mention Merit ou Distinction"}],
    },
    {
        "id": "ie-r-hc-bsc7-agri", "from": ["ie-hc-agri"], "to": "ie-bsc7-agri",
        "grant": {"type": "advanced_entry", "year": 3},
        "kind": "articulation", "issuer": "Institutes of Technology / Technological Universities (ladder system)",
        "source": src("TU Dublin, Credits & Professional Certifications (Ordinary Degree after a Higher Certificate)", URL_TUD_CREDITS,
                      "An Ordinary Degree programme is normally of either three years full-time or of one year full-time post-Higher Certificate duration (or equivalent part-time duration).",
                      certainty="illustrative"),
        "note": {"en": "Illustrative: the 'ladder' (Higher Certificate → one add-on year → Ordinary Degree) is the sector's general rule (TU Dublin, TUS: 'a student who enters TUS at Higher Certificate Level 6 will graduate on successful completion of Year 2 and can either progress to an add-on Level 7 Degree programme'), but no page names the add-on for a specific Higher Certificate in Agriculture.", "de": "Beispielhaft: Die „Leiter“ (Higher Certificate → ein Aufbaujahr → Ordinary Degree) ist die allgemeine Regel des Sektors (TU Dublin, TUS: 'a student who enters TUS at Higher Certificate Level 6 will graduate on successful completion of Year 2 and can either progress to an add-on Level 7 Degree programme'), aber keine Seite nennt das Aufbaujahr für ein bestimmtes Higher Certificate in Agriculture.", "fr": "Illustratif : l'« échelle » (Higher Certificate → une année complémentaire → Ordinary Degree) est la règle générale du secteur (TU Dublin, TUS : 'a student who enters TUS at Higher Certificate Level 6 will graduate on successful completion of Year 2 and can either progress to an add-on Level 7 Degree programme'), mais aucune page ne nomme l'année complémentaire pour un Higher Certificate in Agriculture précis."},
    },
    {
        "id": "ie-r-rpl-atu-hdip", "from": ["ie-rpl-atu"], "to": "ie-hdip-atu-sd",
        "grant": {"type": "credits", "ects": 30},
        "kind": "individual", "issuer": "ATU module lecturers / programme board (RPL regulations)",
        "source": src("Atlantic Technological University, RPL Process for Module Exemptions", URL_ATU_RPL,
                      "RPL for module credit or exemption will be considered for approval within the following limits: … Major awards (up to Level 8): … up to a maximum of 60 credits in a non-award year … up to a maximum of 30 credits in an award year … If the application comprises a combination of RPCL and RPEL, then the limits specified above will apply to the combined amount.",
                      legal_basis="ATU academic regulations on Recognition of Prior Learning (module exemptions)"),
        "note": {"en": "30 ECTS is the MAXIMUM (the one-year Higher Diploma is an award year); each module is assessed against its learning outcomes, so the real amount is decided case by case (0–30). Capstone modules are excluded.", "de": "30 ECTS sind das MAXIMUM (das einjährige Higher Diploma ist ein Abschlussjahr); jedes Modul wird anhand seiner Lernergebnisse bewertet, der tatsächliche Umfang wird also im Einzelfall entschieden (0–30). Capstone-Module sind ausgeschlossen.", "fr": "30 ECTS est le MAXIMUM (le Higher Diploma d'un an est une année de diplôme) ; chaque module est évalué au regard de ses acquis d'apprentissage, le volume réel est donc décidé au cas par cas (0–30). Les modules de synthèse (capstone) sont exclus."},
        "documents": [{"en": "Form AQAE027_001 with certificates/transcripts (RPCL) or a portfolio of evidence (RPEL)", "de": "Formular AQAE027_001 mit Zeugnissen/Notenübersichten (RPCL) oder einem Nachweisportfolio (RPEL)", "fr": "Formulaire AQAE027_001 avec certificats/relevés de notes (RPCL) ou un portfolio de preuves (RPEL)"}],
    },
    {
        "id": "ie-r-mtu-sd-l7-l8", "from": ["ie-bsc7-mtu-sd"], "to": "ie-bsch-mtu-sd",
        "grant": {"type": "advanced_entry", "year": 4},
        "kind": "articulation", "issuer": "MTU Department of Computer Science",
        "source": src("TUS, Progression Routes (ladder system, Level 7 → Level 8)", "https://lit.ie/undergrad/why-lit/progression-routes",
                      "Successful completion of a Level 7 Degree programme allows students to advance to a Level 8 Honours Degree.",
                      certainty="illustrative"),
        "note": {"en": "Illustrative: the Level 7 and Level 8 software development programmes at MTU share years 1–2 (same module codes), and the Irish ladder system lets Level 7 graduates add one year for the honours degree (TUS, TU Dublin: " + URL_TUD_LADDER + "); the MTU page stating entry to year 4 and any minimum grade was not found.", "de": "Beispielhaft: Die Softwareentwicklungs-Studiengänge auf Level 7 und Level 8 an der MTU haben gemeinsame Jahre 1–2 (gleiche Modulcodes), und das irische Leitersystem erlaubt Level-7-Absolventinnen und -Absolventen, für den Honours Degree ein Jahr anzuhängen (TUS, TU Dublin: " + URL_TUD_LADDER + "); die MTU-Seite, die den Einstieg ins 4. Jahr und eine Mindestnote nennt, wurde nicht gefunden.", "fr": "Illustratif : les programmes de développement logiciel de niveau 7 et de niveau 8 de la MTU ont en commun les années 1–2 (mêmes codes de modules), et le système d'échelle irlandais permet aux diplômés de niveau 7 d'ajouter une année pour l'honours degree (TUS, TU Dublin : " + URL_TUD_LADDER + ") ; la page de la MTU indiquant l'entrée en 4e année et une éventuelle note minimale n'a pas été trouvée."},
    },
    {
        "id": "ie-r-rpl-mtu-sd", "from": ["ie-rpl-mtu"], "to": "ie-bsch-mtu-sd",
        "grant": {"type": "credits", "ects": 10},
        "kind": "individual", "issuer": "MTU module assessors / module exam board",
        "source": src("MTU (Cork), Recognition of Prior Learning – Frequently Asked Questions", URL_MTU_RPL,
                      "Exemptions are granted for whole modules only.",
                      certainty="illustrative"),
        "note": {"en": "Illustrative amount: 10 ECTS = two whole 5-ECTS modules; MTU decides module by module, no maximum was found in the sources.", "de": "Beispielhafter Umfang: 10 ECTS = zwei ganze Module zu 5 ECTS; die MTU entscheidet Modul für Modul, ein Maximum wurde in den Quellen nicht gefunden.", "fr": "Volume illustratif : 10 ECTS = deux modules entiers de 5 ECTS ; la MTU décide module par module, aucun maximum n'a été trouvé dans les sources."},
    },
    # ================================================================== third pass (2026-12-01)
    {
        "id": "ie-r-ucc-dip-ba", "from": ["ie-ucc-dip-listed"], "to": "ie-ucc-ba",
        "grant": {"type": "credits", "ects": 15},
        "conditions": {"max_years_since": 10},
        "origin": "higher_education",
        "kind": "articulation", "issuer": "UCC College of Arts, Celtic Studies and Social Sciences",
        "source": src("UCC College of Arts, Celtic Studies and Social Sciences, Exemptions for Prior Study (BA (Hons) and BSocSc (Hons))", URL_UCC_EXEMPT,
                      "Students on all BA courses other than BSocSc (Hons)*, BSocSc (Hons) Youth and Community Work, BSW (Hons); BA (Hons) (Early Years and Childhood Studies) and BEd (Hons) Sports Studies and Physical Education may apply for exemption, in first year only, to a maximum of 15 credits. … For the programmes listed below, students may apply to the College of Arts, Celtic Studies and Social Sciences by 5pm on Friday, 21 October 2022 for a 15 credit non-subject specific exemption if they have successfully completed one of these programmes within a 10 year period from the date of application for the exemption."),
        "note": {"en": "A 15-credit NON-subject-specific exemption in First Arts (reduces the first-year workload; the degree still takes three years in practice, so the modelled saving of 15/180 of the time is an upper bound). Applies to the UCC diplomas and higher diplomas on the College's list (same rule in the 2018/19 calendar: " + URL_UCC_EXEMPT_2018 + "). Diploma completed within 10 years of the application (max_years_since 10). Apply to the College in October of First Arts (deadline 21 October in 2022/23).", "de": "Eine NICHT fachgebundene Befreiung von 15 Credits in First Arts (verringert die Arbeitslast des ersten Jahres; das Studium dauert in der Praxis trotzdem drei Jahre, die modellierte Zeitersparnis von 15/180 ist also eine Obergrenze). Gilt für die UCC-Diplome und Higher Diplomas auf der Liste des College (dieselbe Regel im Calendar 2018/19: " + URL_UCC_EXEMPT_2018 + "). Diplom innerhalb von 10 Jahren vor dem Antrag abgeschlossen (max_years_since 10). Antrag beim College im Oktober von First Arts (Frist 21. Oktober in 2022/23).", "fr": "Une dispense de 15 crédits NON liée à une discipline en First Arts (allège la charge de première année ; en pratique le diplôme dure toujours trois ans, le gain de temps modélisé de 15/180 est donc un maximum). S'applique aux diplomas et higher diplomas de l'UCC figurant sur la liste du College (même règle dans le calendar 2018/19 : " + URL_UCC_EXEMPT_2018 + "). Diplôme obtenu dans les 10 ans précédant la demande (max_years_since 10). Demande auprès du College en octobre de First Arts (date limite le 21 octobre en 2022/23)."},
        "documents": [{"en": "UCC diploma transcript / parchment showing the award and its date", "de": "Notenübersicht / Urkunde (parchment) des UCC-Diploms mit Abschluss und Datum", "fr": "Relevé de notes / parchemin du diploma de l'UCC indiquant le diplôme et sa date"}],
    },
    {
        "id": "ie-r-dkit-aecs-ecs", "from": ["ie-dkit-ba-aecs"], "to": "ie-dkit-ba-ecs",
        "grant": {"type": "advanced_entry", "year": 4},
        "conditions": {"min_grade": 50},
        "kind": "articulation", "issuer": "DkIT (School of Health and Science; Examinations Office)",
        "source": src("DkIT Examinations Office, Qualifying Modules – Award Stage Level 7 Students", URL_DKIT_QUALMOD,
                      "If you have not gained an average (GPA) of 50% in your Level 7 Ordinary Bachelor Degree, but you wish to apply for progression to the relevant Level 8 Honours Bachelors programme, you may retake modules you have already passed with a view to increasing this average. … Please note that eligibility does not guarantee admission onto the Honours Degree programme. There are a limited number of places and the priority will be given to those with Distinction, Merit 1 and Merit 2.",
                      certainty="illustrative"),
        "note": {"en": "Illustrative: DkIT states the 50 % GPA threshold for Level 7 → Level 8 progression, but no page found names the BA in Applied Early Childhood Studies → BA (Hons) Early Childhood Studies pairing or the year of entry; year 4 (one add-on year after a three-year Level 7) is the ladder norm. Limited places; priority to Distinction, Merit 1 and Merit 2.", "de": "Beispielhaft: Das DkIT nennt die GPA-Schwelle von 50 % für den Übergang von Level 7 zu Level 8, aber keine gefundene Seite nennt die Kombination BA in Applied Early Childhood Studies → BA (Hons) Early Childhood Studies oder das Einstiegsjahr; das 4. Jahr (ein Aufbaujahr nach einem dreijährigen Level 7) ist die Regel der Leiter. Begrenzte Plätze; Vorrang für Distinction, Merit 1 und Merit 2.", "fr": "Illustratif : le DkIT indique le seuil de GPA de 50 % pour passer du niveau 7 au niveau 8, mais aucune page trouvée ne nomme le couple BA in Applied Early Childhood Studies → BA (Hons) Early Childhood Studies ni l'année d'entrée ; la 4e année (une année complémentaire après un niveau 7 de trois ans) est la norme de l'échelle. Places limitées ; priorité aux mentions Distinction, Merit 1 et Merit 2."},
    },
]


def main():
    ds = {
        "format": "pathways-dataset", "version": 1,
        "meta": {"title": {"en": "Pathways Planner demo dataset: Ireland, curated"},
                 "publisher": "Pathways Planner demo",
                 "license": "CC BY 4.0 (compilation); facts from the sources cited per item",
                 "retrieved": R},
        "providers": providers, "credentials": credentials, "offers": offers, "rules": rules,
    }
    print(json.dumps(ds, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
