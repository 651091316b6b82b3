#!/usr/bin/env python3
"""Builds the demo dataset in pathways-data/demo/*.json (one file per education system).

The facts live in the tables below, each rule with its source. Mechanisms (who may enter,
what is recognised, caps, advanced entry years) come from ../shared/real-rules (read
2026-11-24) and keep their source URL. Programmes the catalogue names are marked `real`;
programmes added to show the mechanism in more fields, and figures not stated in the source
(fees, exact durations, credit numbers of one programme), are marked `illustrative`.

Run from the repository root: python3 pathways-data/tools/build_demo.py
Deterministic: same tables, same bytes.
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "pathways-data" / "demo"
RETRIEVED = "2026-11-24"

FIELDS = {
    "0613": {"en": "Software development", "de": "Softwareentwicklung", "fr": "Développement logiciel", "nl": "Softwareontwikkeling", "it": "Sviluppo software", "es": "Desarrollo de software", "fi": "Ohjelmistokehitys"},
    "0913": {"en": "Nursing", "de": "Pflege", "fr": "Soins infirmiers", "nl": "Verpleegkunde", "it": "Infermieristica", "es": "Enfermería", "fi": "Hoitotyö"},
    "0413": {"en": "Business administration", "de": "Betriebswirtschaft", "fr": "Gestion des entreprises", "nl": "Bedrijfskunde", "it": "Economia aziendale", "es": "Administración de empresas", "fi": "Liiketalous"},
    "0715": {"en": "Mechanical engineering", "de": "Maschinenbau", "fr": "Génie mécanique", "nl": "Werktuigbouwkunde", "it": "Ingegneria meccanica", "es": "Ingeniería mecánica", "fi": "Konetekniikka"},
    "1013": {"en": "Hospitality management", "de": "Hotel- und Gastronomiemanagement", "fr": "Hôtellerie-restauration", "nl": "Hotelmanagement", "it": "Gestione alberghiera", "es": "Gestión hotelera", "fi": "Hotelli- ja ravintola-ala"},
}
FIELD_CODES = list(FIELDS)


def src(reference, url=None, certainty="real"):
    s = {"reference": reference, "certainty": certainty, "retrieved": RETRIEVED}
    if url:
        s["url"] = url
    return s


def title(en, local_lang=None, local=None, **more):
    t = {"en": en}
    if local_lang and local:
        t[local_lang] = local
    t.update(more)
    return t


def cred(c, **kw):
    d = {"type": "credential", "credential": c}
    d.update(kw)
    return d


def any_of(*xs):
    return {"type": "any_of", "any": list(xs)}


def all_of(*xs):
    return {"type": "all_of", "all": list(xs)}


def work(years, field=None):
    d = {"type": "work_experience", "years": years}
    if field:
        d["field"] = field
    return d


def level(n, field=None):
    d = {"type": "level", "min_eqf": n}
    if field:
        d["field"] = field
    return d


def lang(l, m):
    return {"type": "language", "language": l, "min": m}


class Builder:
    def __init__(self, key, country, language, currency):
        self.key, self.country, self.language, self.currency = key, country, language, currency
        self.providers, self.credentials, self.offers, self.rules = [], [], [], []

    def provider(self, pid, name_en, nuts, url=None, local=None):
        p = {"id": pid, "name": title(name_en, self.language, local), "country": self.country, "nuts": nuts}
        if url:
            p["url"] = url
        self.providers.append(p)
        return pid

    def credential(self, cid, en, local, eqf, field=None):
        c = {"id": cid, "title": title(en, self.language, local), "eqf": eqf, "country": self.country}
        if field:
            c["field"] = field
        self.credentials.append(c)
        return cid

    def offer(self, oid, en, local, kind, provider, eqf, credits, months, cost, field, source,
              entry=None, years=None, modes=("full_time",), languages=None, system="ects",
              per_unit=None, modules=None, parallel=False, micro=None, support=None, note=None,
              starts=None, awards=None, url=None, national=None, esco=None):
        o = {"id": oid, "title": title(en, self.language, local), "kind": kind, "provider": provider}
        if eqf is not None:
            o["eqf"] = eqf
        if national:
            o["national_level"] = national
        if credits is not None:
            c = {"value": credits, "system": system}
            if per_unit is not None:
                c["ects_per_unit"] = per_unit
            o["credits"] = c
        o.update({
            "duration_months": months, "modes": list(modes),
            "languages": list(languages or [self.language]),
            "cost": {"amount": cost, "currency": self.currency},
        })
        if field:
            o["field"] = field
        if esco:
            o["esco"] = esco
        o["starts"] = starts or ["--09-01"]
        if support:
            o["support"] = support
        o["awards"] = awards or oid
        if entry:
            o["entry"] = entry
        if years:
            o["years"] = years
        if modules:
            o["modules"] = modules
        if parallel:
            o["parallel"] = True
        if micro:
            o["micro"] = micro
        if url:
            o["url"] = url
        if note:
            o["note"] = note
        o["source"] = source
        self.offers.append(o)
        return oid

    def rule(self, rid, frm, to, grant, kind, issuer, source, cap=None, note=None, group=None,
             conditions=None, valid_until=None, documents=None, deadline=None):
        r = {"id": rid, "from": list(frm), "to": to, "grant": grant}
        if conditions:
            r["conditions"] = conditions
        if cap is not None:
            r["cap"] = cap
        if group:
            r["overlap_group"] = group
        if valid_until:
            r["valid_until"] = valid_until
        r.update({"kind": kind, "issuer": issuer, "source": source})
        if note:
            r["note"] = note
        if documents:
            r["documents"] = documents
        if deadline:
            r["deadline"] = deadline
        self.rules.append(r)

    def write(self, meta_title):
        doc = {
            "format": "pathways-dataset", "version": 1,
            "meta": {"title": {"en": meta_title}, "publisher": "Pathways Planner demo",
                     "license": "CC BY 4.0 (compilation); facts from the sources cited per item",
                     "retrieved": RETRIEVED},
            "providers": self.providers,
        }
        if self.credentials:
            doc["credentials"] = self.credentials
        doc["offers"] = self.offers
        if self.rules:
            doc["rules"] = self.rules
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / f"{self.key}.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def credits(ects):
    return {"type": "credits", "ects": ects}


def adv(year):
    return {"type": "advanced_entry", "year": year}


def f(code, l):
    return FIELDS[code][l]


ILL = "illustrative"


# ---------------------------------------------------------------- Germany
def germany():
    b = Builder("de", "DE", "de", "EUR")
    kmk_access = src("KMK-Beschluss Hochschulzugang für beruflich qualifizierte Bewerber, 06.03.2009",
                     "https://studieren-ohne-abitur.de/allgemeine-informationen-zum-hochschulzugang-neu")
    kmk_credit = src("KMK-Beschluss Anrechnung außerhochschulischer Kenntnisse (I), 28.06.2002, and (II), 18.09.2008",
                     "https://pot81.de/wiki/index.php/Anrechnung_au%C3%9Feruniversit%C3%A4rer_Leistungen")
    double = src("KMK Ländergemeinsame Strukturvorgaben A 1.3 and Auslegungshinweise 2011 (double counting)",
                 "http://www.offene-hochschule-niedersachsen.de/bildungsanbieter/anrechnung/doppelte-anrechnung/")
    extern = src("BBiG §45(2): admission of external candidates to the final examination",
                 "https://www.haufe.de/arbeitsschutz/arbeitsschutz-office-professional/berufsbildungsgesetz-")
    ihk = b.provider("de-ihk-koeln", "IHK Cologne (Chamber of Industry and Commerce)", "DEA2", "https://www.ihk.de/koeln", "IHK Köln")
    hwk = b.provider("de-hwk-duesseldorf", "Chamber of Crafts Düsseldorf", "DEA1", "https://www.hwk-duesseldorf.de", "Handwerkskammer Düsseldorf")
    thk = b.provider("de-th-koeln", "TH Köln – University of Applied Sciences", "DEA2", "https://www.th-koeln.de", "TH Köln")
    hagen = b.provider("de-fernuni-hagen", "FernUniversität in Hagen", "DEA5", "https://www.fernuni-hagen.de", "FernUniversität in Hagen")
    hsd = b.provider("de-hs-duesseldorf", "Düsseldorf University of Applied Sciences", "DEA1", "https://hs-duesseldorf.de", "Hochschule Düsseldorf")
    b.credential("de-abitur", "Abitur (general higher education entrance qualification)", "Abitur (allgemeine Hochschulreife)", 4)
    vet_titles = {"0613": ("IT specialist (application development)", "Fachinformatiker/in Anwendungsentwicklung", ihk),
                  "0913": ("Nursing professional (Pflegefachfrau/-mann)", "Pflegefachfrau/Pflegefachmann", ihk),
                  "0413": ("Industrial clerk", "Industriekaufmann/-frau", ihk),
                  "0715": ("Industrial mechanic", "Industriemechaniker/in", ihk),
                  "1013": ("Hotel specialist", "Hotelfachmann/-frau", ihk)}
    for code, (en, de, prov) in vet_titles.items():
        b.offer(f"de-vet-{code}", en, de, "apprenticeship", prov, 4, None, 36, 0, code,
                src("BBiG/HwO recognised training occupation (DQR 4)", "https://www.bibb.de", ILL if code != "0613" else "real"),
                modes=("work_based",), national={"framework": "DQR", "level": "4"},
                entry=None, support={"fewer_opportunities": True, "mobility": False},
                note={"en": "Dual training: paid apprenticeship contract with a company; no tuition fee."})
        b.offer(f"de-extern-{code}", f"External final exam: {en}", f"Externenprüfung: {de}", "validation_procedure", prov, 4, None, 4, 200, code,
                extern, entry=work(4.5, code[:2]), awards=f"de-vet-{code}",
                note={"en": "Admission as external candidate needs 1.5 times the training period in the occupation; the chamber decides on the evidence.",
                      "de": "Zulassung als Externe/r setzt das 1,5-Fache der Ausbildungszeit im Beruf voraus; die Kammer entscheidet."})
    # Aufstiegsfortbildung (DQR 6) in three fields
    for code, en, de in [("0613", "Certified IT professional (Bachelor Professional)", "Geprüfte/r IT-Entwickler/in (Bachelor Professional)"),
                         ("0413", "Certified business economist (Bachelor Professional)", "Geprüfte/r Fachwirt/in (Bachelor Professional)"),
                         ("0715", "Master craftsman / industrial master (Bachelor Professional)", "Industriemeister/in Metall (Bachelor Professional)")]:
        b.offer(f"de-meister-{code}", en, de, "vet_qualification", hwk if code == "0715" else ihk, 6, None, 24, 4500, code,
                src("BBiG §53 Aufstiegsfortbildung, DQR 6 (titles Bachelor Professional since 2020)",
                    "https://abi.de/ausbildung/ausbildungspraxis/in_der_ausbildung/bachelor-master-professional", ILL),
                entry=all_of(cred(f"de-vet-{code}"), work(1, code[:2])), modes=("part_time", "blended"),
                national={"framework": "DQR", "level": "6"}, support={"fewer_opportunities": True, "mobility": False},
                note={"en": "Aufstiegs-BAföG can cover fees (illustrative amount shown)."})
    bachelor_entry = lambda code: any_of(
        cred("de-abitur"),
        # DE-1: Meister/Fachwirt/Techniker (Aufstiegsfortbildung) give general access.
        cred("de-meister-0613"), cred("de-meister-0413"), cred("de-meister-0715"),
        all_of(level(4, code[:2]), work(3, code[:2])),  # DE-2: subject-related access
    )
    bachelors = {"0613": ("BSc Computer Science", "B.Sc. Informatik", hagen, "real"),
                 "0913": ("BSc Nursing", "B.Sc. Pflege", thk, ILL),
                 "0413": ("BA Business Administration", "B.A. Betriebswirtschaftslehre", thk, ILL),
                 "0715": ("BEng HEAT – Building, Energy and Plant Engineering", "B.Eng. HEAT – Haus-, Energie- und Anlagentechnik", hsd, "real"),
                 "1013": ("BA Hospitality Management", "B.A. Hotelmanagement", thk, ILL)}
    for code, (en, de, prov, cert) in bachelors.items():
        oid = f"de-bsc-{code}"
        b.offer(oid, en, de, "bachelor", prov, 6, 180, 36, 1800 if prov != hagen else 2400, code,
                src("Accredited bachelor programme, 180 ECTS", "https://www.hochschulkompass.de", cert),
                entry=bachelor_entry(code), years=3, modes=("full_time", "part_time") if prov == hagen else ("full_time",),
                modules=[{"id": "intro", "title": {"en": "Introduction", "de": "Einführung"}, "credits": 10},
                         {"id": "practice", "title": {"en": "Practical module", "de": "Praxismodul"}, "credits": 15}],
                support={"fewer_opportunities": False, "mobility": True},
                note={"en": "Semester fees only (illustrative); no tuition fees at public universities."})
        b.offer(f"de-msc-{code}", en.replace("BSc", "MSc").replace("BA ", "MA ").replace("BEng", "MEng"), de.replace("B.", "M."), "master", prov, 7, 120, 24, 1200, code,
                src("Accredited master programme, 120 ECTS", "https://www.hochschulkompass.de", ILL),
                # A first degree is required: Meister/Fachwirt (DQR 6) open bachelors, not masters.
                entry=cred(oid), years=2)
        # DE-3/DE-4: credit for VET up to 50 %, individual; DE-5 double counting
        b.rule(f"de-r-vet-{code}", [f"de-vet-{code}"], oid, credits(60 if code == "0613" else 30), "individual", prov_name(b, prov), kmk_credit,
               cap=0.5, group=f"de-out-of-he-{code}",
               note={"en": "Individual Anrechnung: bring the Ausbildung certificate, the framework curriculum and module descriptions; at most 50 % of the degree can come from outside higher education.",
                     "de": "Individuelle Anrechnung: Zeugnis, Rahmenlehrplan und Modulbeschreibungen mitbringen; höchstens 50 % des Studiums."},
               documents=[{"en": "Training certificate and framework curriculum", "de": "Ausbildungszeugnis und Rahmenlehrplan"}])
        b.rule(f"de-r-access-credit-{code}", [f"de-vet-{code}"], oid, credits(15), "automatic", "KMK", double, cap=0.5,
               group=f"de-out-of-he-{code}-double",
               note={"en": "The qualification that opened access may also be credited (double counting allowed)."})
    # DE-6: Meister → HEAT up to 89 CP; DE-7: Fachinformatiker → FernUni Hagen
    b.rule("de-r-meister-heat", ["de-meister-0715"], "de-bsc-0715", credits(89), "articulation", "Hochschule Düsseldorf",
           src("HSD equivalence table Meister → B.Eng. HEAT (up to 89 CP)",
               "https://mv.hs-duesseldorf.de/studium/studiengaenge/bachelor-heat-haus-energie-und-anlagentechnik"),
           cap=0.5, group="de-out-of-he-0715")
    b.rule("de-r-fiae-hagen", ["de-vet-0613"], "de-bsc-0613", {"type": "exemption", "modules": ["intro"]}, "articulation",
           "FernUniversität in Hagen",
           src("FernUni Hagen pilot: module 63811 credited for Fachinformatiker/innen",
               "https://fernuni-hagen.de/forschung/schwerpunkte/durchlaessigkeit/pilotprojekt/verkuerzungs"),
           # Credited learning from outside higher education: counts against the KMK 50 % cap.
           cap=0.5,
           note={"en": "Pauschal: applies to every Fachinformatiker/in, any specialisation."})
    for code in ["0613", "0413"]:
        b.rule(f"de-r-meister-{code}", [f"de-meister-{code}"], f"de-bsc-{code}", credits(60), "individual", "KMK", kmk_credit, cap=0.5,
               group=f"de-out-of-he-{code}")
    return b


def prov_name(b, pid):
    for p in b.providers:
        if p["id"] == pid:
            return p["name"]["en"]
    return pid


# ---------------------------------------------------------------- Austria
def austria():
    b = Builder("at", "AT", "de", "EUR")
    wko = b.provider("at-wko-wien", "WKO Vienna apprenticeship office", "AT13", "https://www.wko.at", "WKO Lehrlingsstelle Wien")
    htl = b.provider("at-htl-wien", "HTL Vienna (higher technical college)", "AT13", None, "HTL Wien")
    vhs = b.provider("at-vhs-wien", "Vienna adult education centres", "AT13", "https://www.vhs.at", "Die Wiener Volkshochschulen")
    ftw = b.provider("at-fh-technikum-wien", "UAS Technikum Wien", "AT13", "https://www.technikum-wien.at", "FH Technikum Wien")
    fhk = b.provider("at-fh-kaernten", "Carinthia University of Applied Sciences", "AT21", "https://www.fh-kaernten.at", "FH Kärnten")
    brp_src = src("Berufsreifeprüfungsgesetz; BMBWF: Universitätsreife", "https://bmbwf.gv.at/Themen/HS-Uni/Anerkennung/Universit%C3%A4tsreife.html")
    b.offer("at-brp", "Berufsreifeprüfung (vocational matriculation exam)", "Berufsreifeprüfung", "adult_course", vhs, 4, None, 12, 1600, None,
            brp_src, entry=any_of(cred("at-lap-0613"), cred("at-lap-0413"), cred("at-lap-0715"), cred("at-lap-1013"), cred("at-lap-0913")),
            modes=("part_time", "blended"), support={"fewer_opportunities": True, "mobility": False},
            note={"en": "Four partial exams (German, mathematics, a living language, a specialist area); many federal states fund the courses (fee illustrative)."})
    for code in FIELD_CODES:
        b.offer(f"at-lap-{code}", f"Apprenticeship diploma: {f(code,'en')}", f"Lehrabschluss: {f(code,'de')}", "apprenticeship", wko, 4, None, 36, 0, code,
                src("Berufsausbildungsgesetz; Lehrabschlussprüfung (NQR 4)", "https://www.usp.gv.at", ILL), modes=("work_based",),
                national={"framework": "NQR", "level": "4"})
        b.offer(f"at-alap-{code}", f"Exceptional admission to the apprenticeship exam: {f(code,'en')}", f"Außerordentliche Lehrabschlussprüfung: {f(code,'de')}",
                "validation_procedure", wko, 4, None, 3, 120, code,
                src("BAG §23(5): außerordentliche Zulassung zur Lehrabschlussprüfung", "https://www.usp.gv.at/mitarbeiter/lehre/lehrabschlusspruefung/ausserordentliche-lehrabschl"),
                entry=work(2, code[:2]), awards=f"at-lap-{code}")
    for code in ["0613", "0715", "0413"]:
        b.offer(f"at-htl-{code}", f"Higher technical/business college diploma: {f(code,'en')}", f"Reife- und Diplomprüfung (BHS): {f(code,'de')}", "vet_qualification", htl, 5, None, 60, 0, code,
                src("Schulorganisationsgesetz; BHS diploma at NQR 5", "https://www.bildungssystem.at", ILL), national={"framework": "NQR", "level": "5"})
    fh_entry = lambda code: any_of(cred("at-brp"), cred(f"at-htl-{code}") if code in ("0613", "0715", "0413") else cred("at-brp"),
                                   all_of(cred(f"at-lap-{code}"), work(1, code[:2])))
    for code in FIELD_CODES:
        prov = fhk if code == "0715" else ftw
        oid = f"at-fh-bsc-{code}"
        b.offer(oid, f"FH Bachelor {f(code,'en')}", f"FH-Bachelor {f(code,'de')}", "bachelor", prov, 6, 180, 36, 2200, code,
                src("FH-Bachelor (FHStG), 180 ECTS; access with Lehrabschluss via additional exams (FHStG §4)",
                    "https://www.aq.ac.at/de/anerkennung/rechtliche-rahmenbedingungen-oesterreich/fachhochschul", ILL),
                entry=fh_entry(code), years=3, modes=("full_time", "part_time"), support={"fewer_opportunities": False, "mobility": True})
        b.offer(f"at-fh-msc-{code}", f"FH Master {f(code,'en')}", f"FH-Master {f(code,'de')}", "master", prov, 7, 120, 24, 1500, code,
                src("FH-Master needs a relevant bachelor (HTL/Ing. give no access)", "https://technikum-wien.at/studieninformationen/htl-ingenieur-bachelor", ILL),
                entry=cred(oid), years=2)
        b.rule(f"at-r-fh-prior-{code}", [f"at-lap-{code}"], oid, credits(20), "individual", prov_name(b, prov),
               src("FHStG §12: recognition of proven knowledge incl. non-formal and informal learning (cap 60 ECTS)",
                   "https://www.aq.ac.at/de/anerkennung/rechtliche-rahmenbedingungen-oesterreich/fachhochschul"), cap=1 / 3)
    b.offer("at-ing-0715", "Engineer title (Ing.) certification", "Qualifikationsbezeichnung Ingenieur/in", "validation_procedure", htl, 6, None, 4, 300, "0715",
            src("Ingenieurgesetz 2017: HTL diploma + 3 years of relevant practice, expert interview; NQR 6", "https://www.hadres.info/de/pages/lebenslagen.aspx?pageId=35aa09af-645c-4bab-a86d-731d7202d"),
            entry=all_of(cred("at-htl-0715"), work(3, "07")), national={"framework": "NQR", "level": "6"},
            note={"en": "Gives the title and NQR 6, but no access to an FH master (AT-10)."})
    b.rule("at-r-htl-technikum", ["at-htl-0613"], "at-fh-bsc-0613", adv(2), "articulation", "FH Technikum Wien",
           src("FH Technikum Wien: HTL graduates credited up to 2 semesters", "https://technikum-wien.at/studieninformationen/htl-ingenieur-bachelor"),
           note={"en": "Up to two semesters: the 3-year bachelor becomes 2 years for matching HTL specialisations."})
    b.rule("at-r-htl-kaernten", ["at-htl-0715"], "at-fh-bsc-0715", adv(2), "articulation", "FH Kärnten",
           src("FH Kärnten Qualitätspartnerschaft HTL: entry into 3rd semester", "https://www.fh-kaernten.at/en/study-program/engineering-it/quality-partnership-htl"))
    b.rule("at-r-htl-business", ["at-htl-0413"], "at-fh-bsc-0413", credits(30), "individual", "FH Technikum Wien",
           src("UG §78 / FHStG §12 recognition of BHS exams", "https://studienpraeses.univie.ac.at/infos-zum-studienrecht/anerkennungen/formale-kriterien", ILL), cap=1 / 3)
    return b


# ---------------------------------------------------------------- France
def france():
    b = Builder("fr", "FR", "fr", "EUR")
    lp = b.provider("fr-lycee-paris", "Vocational lycée (Paris region)", "FR10", None, "Lycée professionnel (Île-de-France)")
    cnam = b.provider("fr-cnam", "Conservatoire national des arts et métiers", "FR10", "https://www.cnam.fr", "Cnam")
    upec = b.provider("fr-upec", "Université Paris-Est Créteil", "FR10", "https://www.u-pec.fr", "Université Paris-Est Créteil")
    dav = b.provider("fr-dava-paris", "DAVA Paris (academic validation service)", "FR10", None, "DAVA de l’académie de Paris")
    vae = src("Code de l'éducation L335-5 (VAE); centre-inffo: VAE dans l'enseignement supérieur", "https://centre-inffo.fr/fiche/vae-dans-lenseignement-superieur")
    b.credential("fr-bac", "Baccalauréat", "Baccalauréat", 4)
    b.offer("fr-daeu", "DAEU (university access diploma)", "DAEU – Diplôme d’accès aux études universitaires", "adult_course", upec, 4, None, 9, 300, None,
            src("DAEU: same rights as the baccalauréat", "https://colibri.univ-grenoble-alpes.fr/education-employment/education/obtain-a-degree/univ"),
            entry=work(2), modes=("part_time", "online"), support={"fewer_opportunities": True, "mobility": False})
    for code in FIELD_CODES:
        b.offer(f"fr-cap-{code}", f"CAP {f(code,'en')}", f"CAP {f(code,'fr')}", "vet_qualification", lp, 3, None, 24, 0, code,
                src("CAP, RNCP niveau 3", "https://www.francecompetences.fr", ILL), national={"framework": "RNCP", "level": "3"})
        b.offer(f"fr-bacpro-{code}", f"Vocational baccalaureate {f(code,'en')}", f"Bac professionnel {f(code,'fr')}", "vet_qualification", lp, 4, None, 36, 0, code,
                src("Bac pro, RNCP niveau 4", "https://www.francecompetences.fr", ILL), national={"framework": "RNCP", "level": "4"})
        b.offer(f"fr-bts-{code}", f"BTS {f(code,'en')}", f"BTS {f(code,'fr')}", "short_cycle_he", lp, 5, 120, 24, 0, code,
                src("BTS: 2 years, 120 ECTS, niveau 5", "https://www.francecompetences.fr", ILL),
                entry=any_of(cred("fr-bac"), cred(f"fr-bacpro-{code}"), cred("fr-daeu")), years=2, modes=("full_time", "work_based"))
        b.offer(f"fr-lpro-{code}", f"Professional licence {f(code,'en')}", f"Licence professionnelle {f(code,'fr')}", "bachelor", upec, 6, 60, 12, 178, code,
                src("Licence professionnelle: 1 year after a bac+2 (BTS/BUT/L2)", "https://www.enseignementsup-recherche.gouv.fr", ILL),
                entry=any_of(cred(f"fr-bts-{code}"), level(5, code[:2])), years=1, modes=("full_time", "work_based"))
        b.offer(f"fr-master-{code}", f"Master {f(code,'en')}", f"Master {f(code,'fr')}", "master", upec, 7, 120, 24, 250, code,
                src("Master: 120 ECTS after a licence", "https://www.enseignementsup-recherche.gouv.fr", ILL), entry=level(6, code[:2]), years=2)
        b.offer(f"fr-licence-{code}", f"Bachelor (licence générale) {f(code,'en')}", f"Licence {f(code,'fr')}", "bachelor", upec, 6, 180, 36, 178 * 3, code,
                src("Licence: 180 ECTS in 3 years", "https://www.enseignementsup-recherche.gouv.fr", ILL),
                entry=any_of(cred("fr-bac"), cred("fr-daeu"), cred(f"fr-bts-{code}")), years=3)
        b.rule(f"fr-r-bts-l3-{code}", [f"fr-bts-{code}"], f"fr-licence-{code}", adv(3), "individual", "Université Paris-Est Créteil",
               src("Admission of BTS graduates into the third year of a licence on application (validation d'études, Code de l'éducation D613-38)", "https://centre-inffo.fr/fiche/vae-dans-lenseignement-superieur", ILL),
               note={"en": "Decided on the application file (dossier); many BTS graduates enter L3, some L2."})
        b.offer(f"fr-vae-bts-{code}", f"VAE towards the BTS {f(code,'en')}", f"VAE : BTS {f(code,'fr')}", "validation_procedure", dav, 5, None, 8, 900, code,
                vae, entry=work(1, code[:2]), awards=f"fr-bts-{code}",
                note={"en": "A jury may award the full diploma or some blocks of competences; the outcome is uncertain. Since the 2022 reform experience need not be continuous (check current rules).",
                      "fr": "Le jury peut délivrer le diplôme ou des blocs de compétences ; l’issue est incertaine."})
        b.rule(f"fr-r-vapp-{code}", [f"fr-bts-{code}"], f"fr-master-{code}", credits(30), "individual", "Université Paris-Est Créteil",
               src("VAPP (décret 85-906): dispense de titre and partial validation", "https://centre-inffo.fr/fiche/vae-dans-lenseignement-superieur", ILL), cap=0.25)
    return b


# ---------------------------------------------------------------- Netherlands
def netherlands():
    b = Builder("nl", "NL", "nl", "EUR")
    roc = b.provider("nl-roc-mn", "ROC Midden Nederland", "NL31", "https://www.rocmn.nl", "ROC Midden Nederland")
    hu = b.provider("nl-hu", "HU University of Applied Sciences Utrecht", "NL31", "https://www.hu.nl", "Hogeschool Utrecht")
    ut = b.provider("nl-utwente", "University of Twente", "NL21", "https://www.utwente.nl", "Universiteit Twente")
    evc = b.provider("nl-evc-aanbieder", "Recognised EVC provider", "NL31", None, "Erkende EVC-aanbieder")
    whw = src("WHW art. 7.24: mbo-4 diploma gives admission to hbo", "https://loshbo.nl/digitaal-decanen-handboek/organisatie-van-het-onderwijs/wet-hoger-onderw")
    b.credential("nl-havo", "HAVO diploma", "havo-diploma", 4)
    for code in FIELD_CODES:
        b.offer(f"nl-mbo4-{code}", f"MBO level 4 {f(code,'en')}", f"mbo-4 {f(code,'nl')}", "vet_qualification", roc, 4, None, 36, 1300, code,
                src("mbo niveau 4 (NLQF 4)", "https://www.mboraad.nl", ILL), modes=("full_time", "work_based"),
                national={"framework": "NLQF", "level": "4"}, support={"fewer_opportunities": True, "mobility": False})
        b.offer(f"nl-ad-{code}", f"Associate degree {f(code,'en')}", f"Associate degree {f(code,'nl')}", "short_cycle_he", hu, 5, 120, 24, 2530, code,
                src("Associate degree: 120 EC, NLQF 5", "https://www.mboraad.nl/themas/doorstroom-mbo-hbo/associate-degree", ILL),
                entry=any_of(cred("nl-havo"), cred(f"nl-mbo4-{code}"), level(4)), years=2, modes=("full_time", "part_time"))
        oid = f"nl-hbo-{code}"
        b.offer(oid, f"HBO bachelor {f(code,'en')}", f"hbo-bachelor {f(code,'nl')}", "bachelor", hu, 6, 240, 48, 2530 * 4, code,
                src("hbo-bachelor 240 EC; statutory fee 2025-26 (illustrative total)", "https://www.hu.nl", ILL),
                entry=any_of(cred("nl-havo"), level(4)), years=4, modes=("full_time", "part_time"),
                support={"fewer_opportunities": False, "mobility": True})
        b.offer(f"nl-premaster-{code}", f"Pre-master {f(code,'en')} (University of Twente)", f"Pre-master {f(code,'nl')}", "he_module", ut, 6, 30, 6, 1300, code,
                src("UT pre-master usually 30 EC, max 3 attempts", "https://www.utwente.nl/onderwijs/master/pre-master/studielast/"),
                entry=cred(oid))
        b.offer(f"nl-wo-master-{code}", f"MSc {f(code,'en')} (University of Twente)", f"MSc {f(code,'nl')}", "master", ut, 7, 120, 24, 2530 * 2, code,
                src("wo-master; hbo graduates enter through a pre-master", "https://www.utwente.nl", ILL),
                entry=any_of(cred(f"nl-premaster-{code}"), level(7)), years=2, languages=["en"])
        b.offer(f"nl-evc-{code}", f"Experience certificate (EVC) {f(code,'en')}", f"Ervaringscertificaat {f(code,'nl')}", "validation_procedure", evc, None, None, 3, 1200, code,
                src("National EVC: portfolio + assessment against an mbo/hbo standard", "https://www.nationaal-kenniscentrum-evc.nl/werkgevers/veelgestelde-vragen"),
                entry=work(2, code[:2]),
                note={"en": "Turning the certificate into exemptions costs extra (about EUR 600 at one college) and has three possible outcomes."})
        b.rule(f"nl-r-ad-hbo-{code}", [f"nl-ad-{code}"], oid, adv(3), "automatic", "HU University of Applied Sciences Utrecht",
               src("Associate degree graduates continue into a related bachelor with the Ad's credits counted", "https://www.mboraad.nl/themas/doorstroom-mbo-hbo/associate-degree"),
               group=f"nl-hbo-prior-{code}",
               note={"en": "Related ('inhoudelijk verwant') bachelor only."})
        b.rule(f"nl-r-mbo-verkort-{code}", [f"nl-mbo4-{code}"], oid, credits(60), "individual", "HU University of Applied Sciences Utrecht",
               src("Shortened track for related mbo-4 (usually ½–1 year)", "https://www.carrieretijger.nl/opleiding/ho/mbo-hbo/verkorte-opleiding", ILL),
               group=f"nl-hbo-prior-{code}")
        b.rule(f"nl-r-mbo-ad-{code}", [f"nl-mbo4-{code}"], f"nl-ad-{code}", credits(15), "individual", "HU University of Applied Sciences Utrecht",
               src("Related mbo-4 graduates can get exemptions in an Associate degree", "https://www.deassociatedegree.nl/doorstroom/", ILL), group=f"nl-mbo-ad-{code}")
        b.rule(f"nl-r-hbo-premaster-{code}", [oid], f"nl-premaster-{code}", credits(15), "individual", "University of Twente",
               src("Pre-master content depends on the hbo programme (individual assessment)", "https://www.utwente.nl/onderwijs/master/pre-master/studielast/", ILL), cap=0.5)
        b.rule(f"nl-r-evc-mbo-{code}", [f"nl-evc-{code}"], f"nl-ad-{code}", credits(15), "individual", "ROC Midden Nederland",
               src("Vrijstellen op basis van EVC (3 outcomes)", "https://mbovoorprofessionals.rocmn.nl/zet-jouw-ervaringscertificaat-om-naar-een-mbo-diplom", ILL))
    # EVC gives access to the Ad via the validation leaf (NL-12 shows EVC at mbo-4 level as admission).
    for o in b.offers:
        if o["id"].startswith("nl-ad-"):
            o["entry"]["any"].append({"type": "validation", "field": o["field"][:2]})
    return b


# ---------------------------------------------------------------- Belgium (Flanders)
def flanders():
    b = Builder("be", "BE", "nl", "EUR")
    tm = b.provider("be-thomas-more", "Thomas More University of Applied Sciences", "BE21", "https://www.thomasmore.be", "Thomas More")
    ua = b.provider("be-uantwerpen", "University of Antwerp", "BE21", "https://www.uantwerpen.be", "Universiteit Antwerpen")
    b.credential("be-so", "Flemish secondary education diploma", "Diploma secundair onderwijs", 4)
    for code in ["0613", "0913", "0413", "1013"]:
        b.offer(f"be-grad-{code}", f"Graduate programme (graduaat) {f(code,'en')}", f"Graduaatsopleiding {f(code,'nl')}", "short_cycle_he", tm, 5, 120, 24, 1100, code,
                src("Graduaat: 90–120 sp, VKS 5", "https://www.onderwijs.vlaanderen.be/nl/toelatingsvoorwaarden-hoger-onderwijs", ILL),
                entry=cred("be-so"), years=2)
        b.offer(f"be-pba-{code}", f"Professional bachelor {f(code,'en')}", f"Professionele bachelor {f(code,'nl')}", "bachelor", tm, 6, 180, 36, 1100 * 3 // 2, code,
                src("Professional bachelor 180 sp; graduaat is an admission title", "https://www.thomasmore.be", ILL),
                entry=any_of(cred("be-so"), cred(f"be-grad-{code}")), years=3)
        b.rule(f"be-r-grad-pba-{code}", [f"be-grad-{code}"], f"be-pba-{code}", credits(60), "articulation", "Thomas More",
               src("Graduaat → related professional bachelor: shortened track (VL-2)", "https://www.thomasmore.be/hulp-bij-studiekeuze/bijna-klaar-met-het-middelbaar/het-abc-van-", ILL),
               note={"en": "Exemptions are per course unit (vrijstellingen); the total shown is typical, not guaranteed."})
        b.offer(f"be-schakel-{code}", f"Bridging programme to the master {f(code,'en')}", f"Schakelprogramma {f(code,'nl')}", "he_module", ua, 6, 60, 12, 700, code,
                src("Schakelprogramma 45–90 sp after a professional bachelor", "http://www.phl.be/eCache/DEF/5/398.html", ILL), entry=cred(f"be-pba-{code}"))
        b.rule(f"be-r-pba-schakel-{code}", [f"be-pba-{code}"], f"be-schakel-{code}", credits(30), "individual", "Universiteit Antwerpen",
               src("Schakelprogramma 45–90 sp, may be reduced to 30 sp after individual assessment", "http://www.phl.be/eCache/DEF/5/398.html"))
        b.offer(f"be-ma-{code}", f"Master {f(code,'en')}", f"Master {f(code,'nl')}", "master", ua, 7, 60, 12, 1100, code,
                src("Academic master 60 sp", "https://www.uantwerpen.be", ILL), entry=any_of(cred(f"be-schakel-{code}"), level(7)), years=1)
    b.offer("be-evc-uantwerpen", "Recognition of prior learning (EVC) at the Antwerp association", "Erkenning EVC (Associatie Antwerpen)", "validation_procedure", ua, None, None, 4, 150, "04",
            src("Bewijs van bekwaamheid → exemptions", "https://www.uantwerpen.be/nl/studeren/flexibel-studeren/erkenning-evc/"), entry=work(3))
    b.rule("be-r-evc-pba", ["be-evc-uantwerpen"], "be-pba-0413", credits(30), "individual", "Universiteit Antwerpen",
           src("EVC proof of competence → exemptions", "https://www.uantwerpen.be/nl/studeren/flexibel-studeren/erkenning-evc/", ILL))
    return b


# ---------------------------------------------------------------- Italy
def italy():
    b = Builder("it", "IT", "it", "EUR")
    cfp = b.provider("it-cfp-lombardia", "Regional vocational training centre (Lombardy)", "ITC4", None, "Centro di formazione professionale (Lombardia)")
    its = b.provider("it-its-lombardia", "ITS Academy Lombardy", "ITC4", None, "ITS Academy Lombardia")
    polimi = b.provider("it-polimi", "Politecnico di Milano", "ITC4", "https://www.polimi.it", "Politecnico di Milano")
    dm = src("DM 2023 (ITS Academy reform): recognition of ITS credits towards degrees", "https://notiziedellascuola.it/legislazione-e-dottrina/indice-cronologico/2023/dicembre/DEC")
    b.credential("it-maturita", "Upper secondary diploma (maturità)", "Diploma di scuola secondaria di II grado", 4)
    for code in FIELD_CODES:
        b.offer(f"it-iefp-{code}", f"Regional VET diploma {f(code,'en')}", f"Diploma professionale IeFP {f(code,'it')}", "vet_qualification", cfp, 4, None, 48, 0, code,
                src("IeFP 4-year diploma (EQF 4)", "https://www.regione.lombardia.it", ILL))
        b.offer(f"it-its-{code}", f"ITS Academy higher technician {f(code,'en')}", f"Diploma ITS Academy {f(code,'it')}", "short_cycle_he", its, 5, 120, 24, 600, code,
                src("ITS Academy EQF 5: 4 semesters, ≥1,800 hours", "https://www.gazzettaufficiale.it", ILL),
                entry=any_of(cred("it-maturita"), all_of(cred(f"it-iefp-{code}"), cred("it-ifts"))), years=2, modes=("full_time", "work_based"))
        b.offer(f"it-laurea-{code}", f"Bachelor (laurea) {f(code,'en')}", f"Laurea triennale in {f(code,'it')}", "bachelor", polimi, 6, 180, 36, 3900, code,
                src("Laurea 180 CFU", "https://www.polimi.it", ILL), entry=level(4), years=3, support={"fewer_opportunities": False, "mobility": True})
        b.offer(f"it-lm-{code}", f"Master (laurea magistrale) {f(code,'en')}", f"Laurea magistrale in {f(code,'it')}", "master", polimi, 7, 120, 24, 3900, code,
                src("Laurea magistrale 120 CFU", "https://www.polimi.it", ILL), entry=level(6, code[:2]), years=2)
        b.rule(f"it-r-iefp-its-{code}", [f"it-iefp-{code}"], f"it-its-{code}", credits(10), "individual", "ITS Academy Lombardia",
               src("DM 2023: ITS Academies recognise prior credits and 'crediti di esperienza'", "https://notiziedellascuola.it/legislazione-e-dottrina/indice-cronologico/2023/ottobre/DECR", ILL))
        b.rule(f"it-r-its-laurea-{code}", [f"it-its-{code}"], f"it-laurea-{code}", credits(60), "automatic", "Ministero dell’Università e della Ricerca", dm,
               note={"en": "Up to 60 CFU for an ITS diploma coherent with the degree class (national correspondence tables, DM 203/2023)."})
    b.offer("it-ifts", "IFTS higher technical specialisation certificate", "Certificato IFTS", "adult_course", cfp, 4, None, 12, 0, None,
            src("IFTS one-year course gives access to ITS with an IeFP diploma", "https://notiziedellascuola.it/legislazione-e-dottrina/indice-cronologico/2023/ottobre/DECR"),
            entry=any_of(*[cred(f"it-iefp-{c}") for c in FIELD_CODES]), modes=("full_time",))
    b.offer("it-lp-edilizia", "Professional bachelor in building techniques (L-P01)", "Laurea professionalizzante L-P01 Professioni tecniche per l’edilizia e il territorio", "bachelor", polimi, 6, 180, 36, 3900, "0732",
            src("Laurea professionalizzante: ≥48 CFU of practical training; gives no access to laurea magistrale", "https://notizie.tiscali.it/cronaca/articoli/lauree-abilitanti-adottati-decreti-attuativi-0"),
            entry=level(4), years=3, modes=("full_time", "work_based"))
    b.offer("it-its-edilizia", "ITS Academy higher technician for sustainable building", "Diploma ITS Academy Edilizia sostenibile", "short_cycle_he", its, 5, 120, 24, 600, "0732",
            src("ITS Academy EQF 5", "https://www.gazzettaufficiale.it", ILL), entry=any_of(cred("it-maturita"), cred("it-ifts")), years=2)
    b.rule("it-r-its-lp", ["it-its-edilizia"], "it-lp-edilizia", credits(90), "automatic", "Ministero dell’Università e della Ricerca", dm,
           note={"en": "Between 48 and 90 CFU recognised towards a laurea professionalizzante; the maximum is shown."})
    b.offer("it-cert-competenze", "Certification of competences (non-formal and informal learning)", "Certificazione delle competenze", "validation_procedure", cfp, None, None, 3, 0, "04",
            src("D.Lgs. 13/2013: individuazione, validazione, certificazione", "https://doczz.it/doc/1587359/decreto-legislativo-16-gennaio-2013---n.-13--gu-n.39-del-15"), entry=work(2))
    b.rule("it-r-cert-laurea", ["it-cert-competenze"], "it-laurea-0413", credits(12), "individual", "Politecnico di Milano",
           src("L. 240/2010 art. 14: certified professional knowledge recognised as CFU (max 12 then 48)", "https://www.gazzettaufficiale.it", ILL))
    return b


# ---------------------------------------------------------------- Spain
def spain():
    b = Builder("es", "ES", "es", "EUR")
    ies = b.provider("es-ies-valencia", "Public vocational institute (Valencia)", "ES52", None, "IES de Formación Profesional (València)")
    uv = b.provider("es-uv", "University of Valencia", "ES52", "https://www.uv.es", "Universitat de València")
    sepe = b.provider("es-gva-acredita", "Valencian competence accreditation service", "ES52", None, "Acreditación de competencias profesionales (GVA)")
    b.credential("es-bachillerato", "Bachillerato (upper secondary)", "Título de Bachiller", 4)
    for code in FIELD_CODES:
        b.offer(f"es-cfgm-{code}", f"Intermediate VET technician {f(code,'en')}", f"Técnico (CFGM) en {f(code,'es')}", "vet_qualification", ies, 4, 120, 24, 0, code,
                src("Ciclo formativo de grado medio, 2,000 h", "https://www.todofp.es", ILL))
        b.offer(f"es-cfgs-{code}", f"Higher VET technician {f(code,'en')}", f"Técnico Superior (CFGS) en {f(code,'es')}", "short_cycle_he", ies, 5, 120, 24, 0, code,
                src("Ciclo formativo de grado superior, 120 ECTS, EQF 5", "https://www.todofp.es", ILL),
                entry=any_of(cred("es-bachillerato"), cred(f"es-cfgm-{code}")), years=2, modes=("full_time", "work_based"))
        b.offer(f"es-grado-{code}", f"Bachelor (grado) {f(code,'en')}", f"Grado en {f(code,'es')}", "bachelor", uv, 6, 240, 48, 1200 * 4, code,
                src("Grado 240 ECTS; public fees per credit (illustrative total)", "https://www.uv.es", ILL),
                entry=any_of(cred("es-bachillerato"), level(5)), years=4, support={"fewer_opportunities": False, "mobility": True},
                note={"en": "CFGS holders enter without the PAU with their CFGS average (may add specific subject exams to raise the score)."})
        b.offer(f"es-master-{code}", f"Master {f(code,'en')}", f"Máster en {f(code,'es')}", "master", uv, 7, 60, 12, 2000, code,
                src("Máster universitario 60 ECTS", "https://www.uv.es", ILL), entry=level(6), years=1)
        b.rule(f"es-r-cfgm-cfgs-{code}", [f"es-cfgm-{code}"], f"es-cfgs-{code}", credits(12), "individual", "Conselleria d’Educació",
               src("Convalidación of FP modules already passed (common modules such as FOL)", "https://todofp.es/en/convalidaciones-equivalencias-homologaciones/convalidaciones/convalid", ILL))
        b.rule(f"es-r-cfgs-grado-{code}", [f"es-cfgs-{code}"], f"es-grado-{code}", credits(30), "automatic", "Universitat de València",
               src("RD 1618/2011: at least 30 ECTS recognised for a related CFGS", "https://psoemarinaalta.blogspot.com/2011/12/sobre-reconocimiento-de-estudios-en-el.html"),
               group=f"es-cfgs-{code}")
        b.offer(f"es-acredita-{code}", f"Accreditation of professional competences {f(code,'en')}", f"Acreditación de competencias: {f(code,'es')}", "validation_procedure", sepe, None, None, 6, 0, code,
                src("RD 143/2021: permanently open accreditation of competence units", "https://sede.sepe.gob.es/portalSede/va/procedimientos-y-servicios/personas/formacion/recex"),
                entry=work(2, code[:2]))
        b.rule(f"es-r-acredita-cfgm-{code}", [f"es-acredita-{code}"], f"es-cfgm-{code}", credits(40), "individual", "Conselleria d’Educació",
               src("Accredited competence units exempt the matching VET modules", "https://ede.madrid/que-es-y-para-que-sirve-la-acreditacion-de-competencias", ILL))
    uvic = b.provider("es-uvic", "University of Vic – Central University of Catalonia", "ES51", "https://www.uvic.cat", "Universitat de Vic – Universitat Central de Catalunya")
    b.offer("es-cfgs-animacion", "Higher VET technician in 3D animation, games and interactive environments", "Técnico Superior en Animaciones 3D, Juegos y Entornos Interactivos", "short_cycle_he", ies, 5, 120, 24, 0, "0211",
            src("CFGS (LOE) Animaciones 3D, Juegos y Entornos Interactivos", "https://www.todofp.es", ILL), entry=cred("es-bachillerato"), years=2)
    b.offer("es-uvic-multimedia", "Bachelor in Multimedia, Applications and Video Games", "Grado en Multimedia, Aplicaciones y Videojuegos", "bachelor", uvic, 6, 240, 48, 9600, "0211",
            src("UVic-UCC grado, 240 ECTS", "https://www.uvic.cat", ILL), entry=any_of(cred("es-bachillerato"), level(5)), years=4, languages=["ca", "es"])
    b.rule("es-r-uvic-animacion", ["es-cfgs-animacion"], "es-uvic-multimedia", credits(33), "articulation", "Universitat de Vic – UCC",
           src("UVic-UCC convalidation table CFGS → grado (Animació 3D: 33 ECTS)", "https://www.uvic.cat/convalidacions-cfgs"))
    return b


# ---------------------------------------------------------------- Finland
def finland():
    b = Builder("fi", "FI", "fi", "EUR")
    gradia = b.provider("fi-gradia", "Gradia (Jyväskylä Educational Consortium)", "FI19", "https://www.gradia.fi", "Koulutuskuntayhtymä Gradia")
    vamk = b.provider("fi-vamk", "Vaasa University of Applied Sciences", "FI19", "https://www.vamk.fi", "Vaasan ammattikorkeakoulu VAMK")
    tuni = b.provider("fi-tuni", "Tampere University", "FI19", "https://www.tuni.fi", "Tampereen yliopisto")
    b.credential("fi-yo", "Matriculation examination", "Ylioppilastutkinto", 4)
    for code in FIELD_CODES:
        b.offer(f"fi-perus-{code}", f"Vocational qualification {f(code,'en')}", f"Ammatillinen perustutkinto: {f(code,'fi')}", "vet_qualification", gradia, 4, 180, 36, 0, code,
                src("Vocational upper secondary qualification, 180 competence points (osp); conversion to ECTS illustrative", "https://www.oph.fi", ILL),
                system="osp", per_unit=1.0, modes=("full_time", "work_based"), support={"fewer_opportunities": True, "mobility": True})
        b.offer(f"fi-amk-{code}", f"UAS Bachelor {f(code,'en')}", f"AMK-tutkinto: {f(code,'fi')}", "bachelor", vamk, 6, 240, 42, 0, code,
                src("UAS bachelor 210–270 op; vocational qualification gives general eligibility (F1)", "https://opintopolku.fi/wp/ammattikorkeakoulu/miten-opiskelijat-valitaan/ammattikorkeakoulu"),
                entry=any_of(cred("fi-yo"), level(4)), years=4, support={"fewer_opportunities": False, "mobility": True},
                note={"en": "No tuition fees for EU/EEA students."})
        b.offer(f"fi-master-{code}", f"Master {f(code,'en')}", f"Maisteri: {f(code,'fi')}", "master", tuni, 7, 120, 24, 0, code,
                src("University master 120 op", "https://www.tuni.fi", ILL), entry=level(6), years=2)
        b.offer(f"fi-avoin-{code}", f"Open UAS path studies {f(code,'en')}", f"Avoimen AMK:n polkuopinnot: {f(code,'fi')}", "he_module", vamk, 6, 60, 12, 900, code,
                src("Open UAS path studies; Laurea UAS EUR 15 per credit", "https://www.tuas.fi/en/study-tuas/open-studies/path-studies/"),
                modes=("online", "part_time"), parallel=True)
        b.offer(f"fi-tunnistus-{code}", f"Recognition of prior competence {f(code,'en')}", f"Osaamisen tunnistaminen: {f(code,'fi')}", "validation_procedure", gradia, None, None, 2, 0, code,
                src("Vocational education act 531/2017: competence identified and recognised", "https://www.gradia.fi/opiskelijan-opas/opiskelijan-osaaminen/osaamisen-tunnistaminen-ja-tu"),
                entry=work(1, code[:2]))
        b.rule(f"fi-r-tunnistus-{code}", [f"fi-tunnistus-{code}"], f"fi-perus-{code}", credits(60), "individual", "Gradia",
               src("Recognised competence counts as part of the qualification", "https://www.gradia.fi/opiskelijan-opas/opiskelijan-osaaminen/osaamisen-tunnistaminen-ja-tu", ILL))
        b.rule(f"fi-r-path-{code}", [f"fi-avoin-{code}"], f"fi-amk-{code}", credits(60), "articulation", "Vaasa University of Applied Sciences",
               src("Completed open UAS path studies are included in the degree", "https://www.tuas.fi/en/study-tuas/open-studies/path-studies/"))
        b.rule(f"fi-r-ahot-{code}", [f"fi-perus-{code}"], f"fi-amk-{code}", credits(15), "individual", "Vaasa University of Applied Sciences",
               src("AHOT: recognition of prior learning at UAS", "https://www.vamk.fi/opiskelijalle/opas/opiskelu/ahot", ILL))
    # F4–F7: open studies give a degree place without general eligibility (replace entry).
    for o in b.offers:
        if o["id"].startswith("fi-amk-"):
            o["entry"]["any"].append(cred(f"fi-avoin-{o['field']}"))
    return b


# ---------------------------------------------------------------- Ireland
def ireland():
    b = Builder("ie", "IE", "en", "EUR")
    etb = b.provider("ie-cdetb", "City of Dublin ETB (further education college)", "IE06", "https://www.cdetb.ie", None)
    tud = b.provider("ie-tudublin", "Technological University Dublin", "IE06", "https://www.tudublin.ie", None)
    ucd = b.provider("ie-ucd", "University College Dublin", "IE06", "https://www.ucd.ie", None)
    hels = src("QQI Higher Education Links Scheme", "https://qsdocs.qqi.ie/Articles/Pages/HIgher-Education-Links-Scheme-(HELS")
    b.credential("ie-lc", "Leaving Certificate", None, 4)
    for code in FIELD_CODES:
        b.offer(f"ie-qqi5-{code}", f"QQI Level 5 Certificate {f(code,'en')}", None, "vet_qualification", etb, 4, 120, 12, 0, code,
                src("QQI Level 5 major award, 120 FET credits (PLC)", "https://www.qqi.ie", ILL), system="fet", per_unit=0.5,
                support={"fewer_opportunities": True, "mobility": False})
        b.offer(f"ie-qqi6-{code}", f"QQI Level 6 Advanced Certificate {f(code,'en')}", None, "vet_qualification", etb, 5, 120, 12, 0, code,
                src("QQI Level 6 major award", "https://www.qqi.ie", ILL), system="fet", per_unit=0.5, entry=any_of(cred(f"ie-qqi5-{code}"), cred("ie-lc")))
        b.offer(f"ie-hc-{code}", f"Higher Certificate {f(code,'en')}", None, "short_cycle_he", tud, 5, 120, 24, 6000, code,
                src("Higher Certificate NFQ 6, 120 ECTS; student contribution EUR 3,000 a year", "https://www.tudublin.ie", ILL),
                entry=any_of(cred("ie-lc"), cred(f"ie-qqi5-{code}"), cred(f"ie-qqi6-{code}")), years=2)
        b.offer(f"ie-bsc-{code}", f"Honours Bachelor {f(code,'en')}", None, "bachelor", ucd if code == "0913" else tud, 6, 240, 48, 12000, code,
                src("Honours bachelor NFQ 8, 240 ECTS", "https://www.ucd.ie", ILL),
                entry=any_of(cred("ie-lc"), cred(f"ie-qqi5-{code}"), cred(f"ie-qqi6-{code}"), cred(f"ie-hc-{code}")), years=4,
                support={"fewer_opportunities": True, "mobility": True},
                note={"en": "QQI applicants compete through HELS on CAO points (max 390 from a QQI award); places may be reserved."})
        b.offer(f"ie-msc-{code}", f"Master {f(code,'en')}", None, "master", ucd, 7, 90, 12, 9000, code,
                src("Taught master NFQ 9, 90 ECTS", "https://www.ucd.ie", ILL), entry=level(6), years=1)
        b.rule(f"ie-r-qqi5-hc-{code}", [f"ie-qqi5-{code}"], f"ie-hc-{code}", credits(10), "individual", "TU Dublin",
               src("Module exemptions for cognate QQI Level 5 components (RPL policy)", "https://www.tudublin.ie", ILL), group=f"ie-qqi-hc-{code}")
        b.rule(f"ie-r-qqi6-hc-{code}", [f"ie-qqi6-{code}"], f"ie-hc-{code}", credits(30), "individual", "TU Dublin",
               src("Exemptions for QQI Level 6 holders in a cognate higher certificate (RPL policy)", "https://www.tudublin.ie", ILL), group=f"ie-qqi-hc-{code}")
        b.rule(f"ie-r-hc-bsc-{code}", [f"ie-hc-{code}"], f"ie-bsc-{code}", adv(3), "articulation", "TU Dublin",
               src("Higher Certificate → add-on years of the honours degree (I6 pattern: HC → stage 2/3)", "https://ucd.ie/agfood/study/alternativeentryandprogression", ILL),
               conditions={"min_grade": 65}, note={"en": "A Merit average or better is usually required."})
    b.offer("ie-rpl-ucd", "Recognition of prior learning at UCD", None, "validation_procedure", ucd, None, None, 3, 0, "04",
            src("UCD RPL: admission, credit or exemption", "https://www.ucd.ie/rpl/learners/faq/"), entry=work(3))
    b.rule("ie-r-rpl-bsc", ["ie-rpl-ucd"], "ie-bsc-0413", credits(30), "individual", "University College Dublin",
           src("UCD RPL: graded or block credit", "https://www.ucd.ie/rpl/learners/faq/", ILL))
    b.rule("ie-r-tcd-rpl-5y", ["ie-qqi6-0413"], "ie-bsc-0413", credits(20), "individual", "TU Dublin",
           src("Certified learning normally has a 5-year shelf life (TCD RPL policy)", "https://tcd.ie/academic-services/hci/rplfaq.php", ILL),
           conditions={"max_years_since": 5})
    return b


# ---------------------------------------------------------------- Scotland
def scotland():
    b = Builder("uk-sct", "UK", "en", "GBP")
    dac = b.provider("uk-dundee-angus", "Dundee and Angus College", "UKM7", "https://dundeeandangus.ac.uk", None)
    stir = b.provider("uk-stirling", "University of Stirling", "UKM7", "https://www.stir.ac.uk", None)
    abdn = b.provider("uk-aberdeen", "University of Aberdeen", "UKM5", "https://www.abdn.ac.uk", None)
    gcu = b.provider("uk-gcu", "Glasgow Caledonian University", "UKM8", "https://www.gcu.ac.uk", None)
    scqf = "scqf"
    b.credential("uk-highers", "Scottish Highers (4 or more)", None, 4)
    arts = src("University of Stirling articulation listing", "https://www.stir.ac.uk/study/undergraduate/entry-requirements/")
    da = src("Dundee & Angus College articulation agreements (Accounting)", "https://dundeeandangus.ac.uk")
    specs = [("0613", "Computing: Software Development", stir), ("0413", "Accounting", abdn), ("0913", "Care and Administrative Practice", gcu), ("0715", "Engineering Systems", gcu)]
    for code, name, uni in specs:
        b.offer(f"uk-hnc-{code}", f"HNC {name}", None, "short_cycle_he", dac, 5, 120, 12, 0, code,
                src("HNC: SCQF 7, 120 SCQF credits (2 SCQF credits = 1 ECTS)", "http://www.scqf.co.uk/The%20Framework/Credit%20Points", "real" if code in ("0613", "0413") else ILL),
                system=scqf, per_unit=0.5, entry=any_of(cred("uk-highers"), level(4)), years=1, national={"framework": "SCQF", "level": "7"},
                support={"fewer_opportunities": True, "mobility": False}, note={"en": "Free for eligible Scottish-domiciled students (SAAS)."})
        b.offer(f"uk-hnd-{code}", f"HND {name}", None, "short_cycle_he", dac, 5, 240, 24, 0, code,
                src("HND: SCQF 8, 240 SCQF credits", "http://www.scqf.co.uk/The%20Framework/Credit%20Points", "real" if code in ("0613", "0413") else ILL),
                system=scqf, per_unit=0.5, entry=any_of(cred(f"uk-hnc-{code}"), cred("uk-highers")), years=2, national={"framework": "SCQF", "level": "8"})
        b.rule(f"uk-r-hnc-hnd-{code}", [f"uk-hnc-{code}"], f"uk-hnd-{code}", credits(60), "automatic", "SQA",
               src("SCQF credit transfer: the HNC forms the first year of the HND (120 of 240 SCQF credits)", "http://www.scqf.co.uk/The%20Framework/Credit%20Points"))
        deg = f"uk-bsc-{code}"
        nm = {"0613": "BSc (Hons) Computing Science", "0413": "MA (Hons) Accountancy", "0913": "BSc (Hons) Nursing", "0715": "BEng (Hons) Mechanical Engineering"}[code]
        b.offer(deg, nm, None, "bachelor", uni, 6, 480, 48, 1820 * 4, code,
                src("Scottish honours degree: SCQF 10, 480 SCQF credits, 4 years; fee for Scottish students (SAAS pays)", "http://www.scqf.co.uk", "real" if code in ("0613", "0413") else ILL),
                system=scqf, per_unit=0.5, entry=any_of(cred("uk-highers"), cred(f"uk-hnc-{code}"), cred(f"uk-hnd-{code}")), years=4,
                national={"framework": "SCQF", "level": "10"}, support={"fewer_opportunities": True, "mobility": True})
        b.offer(f"uk-msc-{code}", f"MSc {f(code,'en')}", None, "master", uni, 7, 180, 12, 9000, code,
                src("Taught MSc: SCQF 11, 180 SCQF credits", "http://www.scqf.co.uk", ILL), system=scqf, per_unit=0.5, entry=level(6), years=1)
    # S11/S12: Stirling computing: HNC → year 2 (B in graded unit), HND → year 3 (BB)
    b.rule("uk-r-hnc-stirling", ["uk-hnc-0613"], "uk-bsc-0613", adv(2), "articulation", "University of Stirling", arts, conditions={"min_grade": 60},
           note={"en": "Grade B in the graded unit; units H17X34 or H17W34."}, group="uk-hn-0613")
    b.rule("uk-r-hnd-stirling", ["uk-hnd-0613"], "uk-bsc-0613", adv(3), "articulation", "University of Stirling", arts, conditions={"min_grade": 60},
           note={"en": "Graded units BB; named units required (see source)."}, group="uk-hn-0613", deadline="--01-31")
    # S5/S6: D&A HNC Accounting → Aberdeen year 2 (A in all graded units), HND → year 3
    b.rule("uk-r-hnc-aberdeen", ["uk-hnc-0413"], "uk-bsc-0413", adv(2), "articulation", "University of Aberdeen", da, conditions={"min_grade": 70},
           note={"en": "A in all graded units; Research Skills (F60A34) in the curriculum."}, group="uk-hn-0413")
    b.rule("uk-r-hnd-aberdeen", ["uk-hnd-0413"], "uk-bsc-0413", adv(3), "articulation", "University of Aberdeen", da, conditions={"min_grade": 70},
           note={"en": "A in all graded units; Research Skills (F60A34) and Company Law (DE5H35)."}, group="uk-hn-0413")
    for code in ("0913", "0715"):
        b.rule(f"uk-r-hnd-gcu-{code}", [f"uk-hnd-{code}"], f"uk-bsc-{code}", adv(3), "articulation", "Glasgow Caledonian University",
               src("SFC articulation: HND → year 3 (Glasgow Clyde College ↔ GCU)", "http://www.sqa.org.uk/sqa/75207.html", ILL), group=f"uk-hn-{code}")
        b.rule(f"uk-r-hnc-gcu-{code}", [f"uk-hnc-{code}"], f"uk-bsc-{code}", adv(2), "articulation", "Glasgow Caledonian University",
               src("SFC definition: HNC → year 2, HND → year 3", "https://www.sqa.org.uk", ILL), group=f"uk-hn-{code}")
    b.offer("uk-rpl-scqf", "Recognition of prior learning (SCQF credit rating)", None, "validation_procedure", dac, None, None, 3, 250, "04",
            src("SCQF RPL: summative RPL awards SCQF credit", "https://scqf.org.uk/rpl-hub/rpl-glossary/"), entry=work(2))
    b.rule("uk-r-rpl-hnc", ["uk-rpl-scqf"], "uk-hnc-0413", credits(15), "individual", "Dundee and Angus College",
           src("SCQF RPL → credit towards an HNC", "https://scqf.org.uk/rpl-hub/rpl-glossary/", ILL))
    return b


# ---------------------------------------------------------------- micro-credentials (all countries)
MICRO = [
    # id, country-file, provider, title en, local lang, local title, ects, eqf, field, stacks into, assessment, qa, cost
    ("de-mc-python", "de", "de-fernuni-hagen", "Programming in Python", "de", "Programmieren mit Python", 5, 6, "0613", "de-bsc-0613", "written exam", "internal QA of an accredited university (system accreditation)", 0),
    ("de-mc-data", "de", "de-fernuni-hagen", "Data analysis fundamentals", "de", "Grundlagen der Datenanalyse", 5, 6, "0613", "de-bsc-0613", "project", "internal QA of an accredited university", 0),
    ("de-mc-ai-vet", "de", "de-th-koeln", "AI in vocational education (micro-degree)", "de", "KI in der beruflichen Bildung (Micro-Degree)", 6, 6, "0413", "de-bsc-0413", "portfolio", "university certificate under HRK quality standards", 0),
    ("de-mc-care", "de", "de-th-koeln", "Digital care documentation", "de", "Digitale Pflegedokumentation", 3, 5, "0913", "de-bsc-0913", "practical assessment", "internal QA of an accredited university", 150),
    ("de-mc-energy", "de", "de-hs-duesseldorf", "Heat pumps in building services", "de", "Wärmepumpen in der Gebäudetechnik", 5, 6, "0715", "de-bsc-0715", "written exam", "internal QA of an accredited university", 250),
    ("at-mc-tugraz-ml", "at", "at-fh-technikum-wien", "Machine learning basics (university course)", "de", "Grundlagen Machine Learning (Universitätskurs)", 6, 6, "0613", "at-fh-bsc-0613", "written exam", "Austrian HE QA (AQ Austria)", 490),
    ("at-mc-fernfh-mgmt", "at", "at-fh-kaernten", "Project management micro-credential", "de", "Microcredential Projektmanagement", 5, 6, "0413", "at-fh-bsc-0413", "project", "Austrian HE QA (AQ Austria)", 390),
    ("at-mc-welding", "at", "at-fh-kaernten", "Welding technology for engineers", "de", "Schweißtechnik für Ingenieur:innen", 4, 5, "0715", "at-fh-bsc-0715", "practical assessment", "Austrian HE QA (AQ Austria)", 450),
    ("at-mc-tourism", "at", "at-fh-technikum-wien", "Digital marketing in tourism", "de", "Digitales Marketing im Tourismus", 3, 6, "1013", "at-fh-bsc-1013", "project", "Austrian HE QA (AQ Austria)", 300),
    ("fr-mc-cyber", "fr", "fr-cnam", "Cybersecurity essentials", "fr", "Fondamentaux de la cybersécurité", 6, 6, "0613", "fr-lpro-0613", "written exam", "Hcéres-evaluated institution", 350),
    ("fr-mc-compta", "fr", "fr-cnam", "Management accounting", "fr", "Contrôle de gestion", 6, 6, "0413", "fr-lpro-0413", "written exam", "Hcéres-evaluated institution", 350),
    ("fr-mc-ehpad", "fr", "fr-upec", "Geriatric care coordination", "fr", "Coordination des soins en gériatrie", 4, 6, "0913", "fr-lpro-0913", "case study", "Hcéres-evaluated institution", 200),
    ("fr-mc-cobot", "fr", "fr-cnam", "Collaborative robots in production", "fr", "Robotique collaborative en production", 5, 6, "0715", "fr-lpro-0715", "practical assessment", "Hcéres-evaluated institution", 400),
    ("fr-mc-revenue", "fr", "fr-upec", "Revenue management in hotels", "fr", "Revenue management hôtelier", 3, 6, "1013", "fr-lpro-1013", "project", "Hcéres-evaluated institution", 250),
    ("nl-mc-cloud", "nl", "nl-hu", "Cloud engineering (edubadge)", "nl", "Cloud engineering (edubadge)", 5, 6, "0613", "nl-hbo-0613", "project", "NVAO-accredited institution (national microcredentials pilot)", 500),
    ("nl-mc-lean", "nl", "nl-hu", "Lean process improvement", "nl", "Lean procesverbetering", 3, 6, "0413", "nl-hbo-0413", "portfolio", "NVAO-accredited institution (national microcredentials pilot)", 300),
    ("nl-mc-wondzorg", "nl", "nl-hu", "Wound care for nurses", "nl", "Wondzorg voor verpleegkundigen", 3, 6, "0913", "nl-hbo-0913", "practical assessment", "NVAO-accredited institution (national microcredentials pilot)", 350),
    ("nl-mc-solar", "nl", "nl-utwente", "Solar energy systems", "en", "Solar energy systems", 5, 7, "0715", "nl-wo-master-0715", "written exam", "NVAO-accredited institution (national microcredentials pilot)", 600),
    ("nl-mc-hospitality", "nl", "nl-hu", "Sustainable hospitality operations", "nl", "Duurzame hospitality-operaties", 4, 6, "1013", "nl-hbo-1013", "project", "NVAO-accredited institution (national microcredentials pilot)", 350),
    ("be-mc-ua-data", "be", "be-uantwerpen", "Data science for policy", "nl", "Data science voor beleid", 6, 7, "0613", "be-ma-0613", "project", "Flemish institutional review (NVAO)", 360),
    ("be-mc-ua-hr", "be", "be-uantwerpen", "People management", "nl", "People management", 6, 7, "0413", "be-ma-0413", "written exam", "Flemish institutional review (NVAO)", 360),
    ("be-mc-tm-care", "be", "be-thomas-more", "Palliative care", "nl", "Palliatieve zorg", 4, 6, "0913", "be-pba-0913", "case study", "Flemish institutional review (NVAO)", 240),
    ("be-mc-tm-events", "be", "be-thomas-more", "Event management", "nl", "Eventmanagement", 3, 6, "1013", "be-pba-1013", "project", "Flemish institutional review (NVAO)", 200),
    ("it-mc-polimi-ai", "it", "it-polimi", "Applied artificial intelligence", "it", "Intelligenza artificiale applicata", 6, 6, "0613", "it-laurea-0613", "written exam", "ANVUR-accredited university", 800),
    ("it-mc-polimi-supply", "it", "it-polimi", "Supply chain analytics", "it", "Analisi della supply chain", 5, 7, "0413", "it-lm-0413", "project", "ANVUR-accredited university", 700),
    ("it-mc-its-mech", "it", "it-its-lombardia", "CNC programming", "it", "Programmazione CNC", 4, 5, "0715", "it-its-0715", "practical assessment", "ITS Academy national monitoring (INDIRE)", 0),
    ("it-mc-its-food", "it", "it-its-lombardia", "Food safety and HACCP", "it", "Sicurezza alimentare e HACCP", 3, 5, "1013", "it-its-1013", "written exam", "ITS Academy national monitoring (INDIRE)", 0),
    ("es-mc-uv-web", "es", "es-uv", "Web application development", "es", "Desarrollo de aplicaciones web", 6, 6, "0613", "es-grado-0613", "project", "ANECA/AVAP-verified university (Plan Microcreds)", 250),
    ("es-mc-uv-fin", "es", "es-uv", "Financial reporting", "es", "Información financiera", 6, 6, "0413", "es-grado-0413", "written exam", "ANECA/AVAP-verified university (Plan Microcreds)", 250),
    ("es-mc-uv-care", "es", "es-uv", "Community health nursing", "es", "Enfermería comunitaria", 4, 6, "0913", "es-grado-0913", "case study", "ANECA/AVAP-verified university (Plan Microcreds)", 180),
    ("es-mc-uv-tur", "es", "es-uv", "Tourism destination management", "es", "Gestión de destinos turísticos", 3, 6, "1013", "es-grado-1013", "project", "ANECA/AVAP-verified university (Plan Microcreds)", 150),
    ("fi-mc-vamk-iot", "fi", "fi-vamk", "Internet of Things", "fi", "Esineiden internet", 5, 6, "0613", "fi-amk-0613", "project", "FINEEC-audited institution", 75),
    ("fi-mc-vamk-lead", "fi", "fi-vamk", "Leadership basics", "fi", "Johtamisen perusteet", 5, 6, "0413", "fi-amk-0413", "written exam", "FINEEC-audited institution", 75),
    ("fi-mc-vamk-elder", "fi", "fi-vamk", "Elderly care", "fi", "Ikääntyneiden hoitotyö", 5, 6, "0913", "fi-amk-0913", "practical assessment", "FINEEC-audited institution", 75),
    ("fi-mc-vamk-energy", "fi", "fi-vamk", "Energy technology", "fi", "Energiatekniikka", 5, 6, "0715", "fi-amk-0715", "written exam", "FINEEC-audited institution", 75),
    ("ie-mc-ucd-cyber", "ie", "ie-ucd", "Cyber security (MicroCred)", None, None, 10, 7, "0613", "ie-msc-0613", "project", "QQI-reviewed university (IUA MicroCreds)", 1500),
    ("ie-mc-ucd-sustain", "ie", "ie-ucd", "Sustainability in business (MicroCred)", None, None, 5, 7, "0413", "ie-msc-0413", "written exam", "QQI-reviewed university (IUA MicroCreds)", 750),
    ("ie-mc-tud-ai", "ie", "ie-tudublin", "AI for business", None, None, 5, 6, "0613", "ie-bsc-0613", "project", "QQI-reviewed university", 500),
    ("ie-mc-tud-care", "ie", "ie-tudublin", "Infection prevention and control", None, None, 5, 6, "0913", "ie-bsc-0913", "written exam", "QQI-reviewed university", 400),
    ("uk-mc-stir-data", "uk-sct", "uk-stirling", "Data analytics (micro-credential)", None, None, 10, 7, "0613", "uk-msc-0613", "project", "QAA Scotland enhancement-led review", 750),
    ("uk-mc-gcu-care", "uk-sct", "uk-gcu", "Dementia care practice", None, None, 10, 6, "0913", "uk-bsc-0913", "portfolio", "QAA Scotland enhancement-led review", 650),
    ("uk-mc-abdn-acc", "uk-sct", "uk-aberdeen", "Forensic accounting", None, None, 10, 7, "0413", "uk-msc-0413", "written exam", "QAA Scotland enhancement-led review", 800),
    ("eu-mc-eciu-sdg", "nl", "nl-utwente", "Challenge-based micro-module: sustainable cities (ECIU)", "en", "Challenge-based micro-module: sustainable cities (ECIU)", 3, 6, "0413", "nl-hbo-0413", "project", "ECIU University alliance QA", 0),
    ("eu-mc-eciu-energy", "nl", "nl-utwente", "Energy transition micro-module (ECIU)", "en", "Energy transition micro-module (ECIU)", 4, 7, "0715", "nl-wo-master-0715", "project", "ECIU University alliance QA", 0),
]

# Certificates the micro-credentials stack into (real pattern: Danish diplom modules, IUA
# MicroCreds, Austrian CAS), one per country file.
CERTS = {
    "de": ("de-cert-digital", "de-fernuni-hagen", "University certificate in digital skills", "de", "Hochschulzertifikat Digitale Kompetenzen", 15, 6, "0613"),
    "fr": ("fr-cert-cnam", "fr-cnam", "Cnam certificate of competence", "fr", "Certificat de compétence Cnam", 15, 6, "0413"),
    "nl": ("nl-cert-hu", "nl-hu", "HU post-bachelor certificate", "nl", "Post-hbo certificaat", 15, 6, "0413"),
    "ie": ("ie-cert-ucd", "ie-ucd", "UCD Professional Certificate", None, None, 30, 7, "0613"),
    "uk-sct": ("uk-pgcert-stir", "uk-stirling", "PgCert Data Science", None, None, 30, 7, "0613"),
}


def add_micro(builders):
    for key, (cid, prov, en, l, local, ects, eqf, field) in CERTS.items():
        b = builders[key]
        b.offer(cid, en, local, "he_module" if ects >= 30 else "adult_course", prov, eqf, ects, 12, 0, field,
                src("Stackable certificate built from micro-credentials", None, ILL), modes=("online", "part_time"),
                note={"en": "Earned by stacking micro-credentials; no separate fee (illustrative)."}, entry={"type": "at_least", "n": 2, "of": []})
    for (mid, key, prov, en, l, local, ects, eqf, field, into, assess, qa, cost) in MICRO:
        b = builders[key]
        b.offer(mid, en, local if l else None, "micro_credential", prov, eqf, ects, 3, cost, field,
                src("Micro-credential described with the mandatory elements of Council Recommendation 2022/C 243/02 (offer details illustrative)", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022H0627(02)", ILL),
                modes=("online", "part_time") if ects <= 5 else ("blended", "part_time"),
                languages=[l or "en"] if l else ["en"], parallel=True,
                micro={"assessment": assess, "quality_assurance": qa,
                       "learning_outcomes": {"en": f"Apply {en.lower()} in professional practice at EQF level {eqf}."},
                       "stacks_into": [into] + ([CERTS[key][0]] if key in CERTS and CERTS[key][7][:2] == field[:2] else [])},
                support={"fewer_opportunities": key == "ie", "mobility": mid.startswith("eu-")})
        b.rule(f"{mid}-r-stack", [mid], into, credits(ects), "individual" if eqf == 7 and into.endswith("master") else "articulation",
               prov_name(b, prov), src("Micro-credential stackability (integration option declared by the issuer)", None, ILL),
               note={"en": "Credits count once the learner enrols; check the programme's recognition office."})
        bachelors = [o["id"] for o in b.offers if o["kind"] == "bachelor" and o.get("field") == field and o["id"] != into]
        if bachelors:
            b.rule(f"{mid}-r-bachelor", [mid], bachelors[0], credits(ects), "individual", prov_name(b, bachelors_provider(b, bachelors[0])),
                   src("Recognition of micro-credentials towards a degree, case by case (2022 Council Recommendation, point 8)", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022H0627(02)", ILL),
                   cap=0.5)
        if key in CERTS and CERTS[key][7][:2] == field[:2]:
            cert = CERTS[key][0]
            b.rule(f"{mid}-r-cert", [mid], cert, credits(min(ects, CERTS[key][5])), "automatic", prov_name(b, CERTS[key][1]),
                   src("Certificate regulations: micro-credentials stack into the certificate", None, ILL))
            for o in b.offers:
                if o["id"] == cert:
                    o["entry"]["of"].append(cred(mid))
    for b in builders.values():
        for o in b.offers:
            e = o.get("entry")
            if e and e.get("type") == "at_least":
                e["n"] = min(2, len(e["of"]))
                if not e["of"]:
                    del o["entry"]


def bachelors_provider(b, oid):
    for o in b.offers:
        if o["id"] == oid:
            return o["provider"]
    return oid


def main():
    builders = {}
    for fn in [germany, austria, france, netherlands, flanders, italy, spain, finland, ireland, scotland]:
        b = fn()
        builders[b.key] = b
    add_micro(builders)
    names = {"de": "Germany", "at": "Austria", "fr": "France", "nl": "Netherlands", "be": "Belgium (Flanders)", "it": "Italy",
             "es": "Spain", "fi": "Finland", "ie": "Ireland", "uk-sct": "Scotland (United Kingdom)"}
    n_off = n_rules = n_entry = 0
    for key, b in builders.items():
        b.write(f"Pathways Planner demo dataset: {names[key]}")
        n_off += len(b.offers)
        n_rules += len(b.rules)
        n_entry += sum(1 for o in b.offers if "entry" in o)
    print(f"{n_off} offers, {n_rules} recognition rules, {n_entry} offers with entry rules, {len(builders)} files")


if __name__ == "__main__":
    main()
