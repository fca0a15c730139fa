package org.annals.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The actor dictionaries of {@code src/main/resources/org/annals/actors/}, loaded and validated:
 * countries with their names, demonyms and seats of power in each language, people with their terms
 * of office, organisations, role words (agents) and in-article reference phrases.
 *
 * <p>Every file is read once, at construction; a bad line fails with a
 * {@link DictionaryFormatException} naming the file and line. The instance is immutable and
 * thread-safe; {@link #standard()} returns one shared instance loaded on first use.
 */
public final class ActorDictionary {
    /** The languages with their own files (countries.it.tsv, agents.it.tsv, …). */
    public static final List<String> LANGUAGES = List.of("it", "en");

    static final String COUNTRIES = "countries.tsv";
    static final String PEOPLE = "people.tsv";
    static final String ORGANISATIONS = "organisations.tsv";
    static final String REFERENCES = "references.tsv";
    private static final Set<String> STATUSES = Set.of("member", "observer", "partial", "territory");
    private static final Set<String> ORG_KINDS = Set.of("igo", "media", "state", "party", "armed", "ngo", "company");
    /** Codes that may open a CAMEO actor code besides a country: international and transnational. */
    private static final Set<String> NON_STATE_PREFIXES = Set.of("IGO", "NGO", "MNC", "IMG");
    private static final Set<String> ISO3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private final Map<String, Country> countries;
    private final Map<String, Country> countriesByCameo;
    private final Map<String, Person> people;
    private final Map<String, Organisation> organisations;
    private final List<DictionaryEntry> entries;

    private ActorDictionary(Map<String, String> files) {
        List<DictionaryEntry> all = new ArrayList<>();
        this.countries = loadCountries(files);
        Map<String, Country> byCameo = new HashMap<>();
        countries.values().forEach(c -> byCameo.put(c.cameo(), c));
        this.countriesByCameo = Collections.unmodifiableMap(byCameo);
        for (String lang : LANGUAGES) {
            loadCountryNames(files, lang, all);
        }
        this.people = loadPeople(files, all);
        this.organisations = loadOrganisations(files, all);
        for (String lang : LANGUAGES) {
            loadAgents(files, lang, all);
        }
        loadReferences(files, all);
        this.entries = List.copyOf(new LinkedHashSet<>(all));
    }

    /** The dictionaries shipped with Annals, loaded once. */
    public static ActorDictionary standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ActorDictionary INSTANCE = load(Map.of());
    }

    /**
     * Loads the shipped dictionaries, replacing the files named in {@code replacements} (file name →
     * content) — for tests and for trying an edited file.
     *
     * @throws DictionaryFormatException on the first bad line
     */
    public static ActorDictionary load(Map<String, String> replacements) {
        Map<String, String> files = new HashMap<>();
        List<String> names = new ArrayList<>(List.of(COUNTRIES, PEOPLE, ORGANISATIONS, REFERENCES));
        for (String lang : LANGUAGES) {
            names.add("countries." + lang + ".tsv");
            names.add("agents." + lang + ".tsv");
        }
        for (String name : names) {
            files.put(name, replacements.containsKey(name) ? replacements.get(name) : resource(name));
        }
        return new ActorDictionary(files);
    }

    private static String resource(String name) {
        return Tsv.resource(ActorDictionary.class, name);
    }

    /** Countries by ISO alpha-3, in file order. */
    public Map<String, Country> countries() {
        return countries;
    }

    /** The country with this ISO alpha-3 code, or null. */
    public Country country(String iso3) {
        return iso3 == null ? null : countries.get(iso3);
    }

    /** The country whose CAMEO code opens the actor code ("RUSGOV" → Russia), or null. */
    public Country countryOfCode(String code) {
        return code == null || code.length() < 3 ? null : countriesByCameo.get(code.substring(0, 3));
    }

    /** People by id, in file order. */
    public Map<String, Person> people() {
        return people;
    }

    /** Organisations by id, in file order. */
    public Map<String, Organisation> organisations() {
        return organisations;
    }

    /** Every written form of every file, for the matcher. */
    public List<DictionaryEntry> entries() {
        return entries;
    }

    // ---------------------------------------------------------------- countries

    private static Map<String, Country> loadCountries(Map<String, String> files) {
        Map<String, Country> out = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.read(COUNTRIES, files.get(COUNTRIES), 4)) {
            String iso = row.col(0);
            if (!iso.matches("[A-Z]{3}") || !(ISO3.contains(iso) || iso.startsWith("X"))) {
                throw row.fail("'" + iso + "' is not an ISO 3166-1 alpha-3 code (nor a user-assigned X.. code)");
            }
            if (!row.col(1).matches("[A-Z]{3}")) {
                throw row.fail("CAMEO country code must be three capital letters, was '" + row.col(1) + "'");
            }
            if (!STATUSES.contains(row.col(2))) {
                throw row.fail("unknown status '" + row.col(2) + "' (known: " + STATUSES + ")");
            }
            if (row.col(3).isEmpty()) {
                throw row.fail("the name is empty");
            }
            if (out.put(iso, new Country(iso, row.col(1), row.col(2), row.col(3))) != null) {
                throw row.fail("duplicate country " + iso);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private void loadCountryNames(Map<String, String> files, String lang, List<DictionaryEntry> all) {
        String file = "countries." + lang + ".tsv";
        Set<String> seen = new HashSet<>();
        for (Tsv.Row row : Tsv.read(file, files.get(file), 4)) {
            Country c = knownCountry(row, row.col(0));
            if (!seen.add(c.iso3())) {
                throw row.fail("duplicate line for " + c.iso3());
            }
            for (String name : Tsv.list(row.col(1))) {
                all.add(entry(row, name, DictionaryEntry.Kind.COUNTRY, null, c, null, null, null, null, null));
            }
            for (String demonym : Tsv.list(row.col(2))) {
                for (String form : expandDemonym(row, lang, demonym)) {
                    all.add(entry(row, form, DictionaryEntry.Kind.DEMONYM, lang, c, null, null, null, null, null));
                }
            }
            for (String seat : Tsv.list(row.col(3))) {
                CameoRole role = CameoRole.GOV;
                int eq = seat.indexOf('=');
                if (eq >= 0) {
                    role = knownRole(row, seat.substring(eq + 1));
                    seat = seat.substring(0, eq).strip();
                }
                all.add(entry(row, seat, DictionaryEntry.Kind.SEAT, null, c, role, null, null, null, null));
            }
        }
    }

    /** Expands the * shorthand of demonyms (see the files' headers). */
    static List<String> expandDemonym(Tsv.Row row, String lang, String form) {
        if (!form.endsWith("*")) {
            return List.of(form);
        }
        String w = form.substring(0, form.length() - 1);
        if (!"it".equals(lang)) {
            return List.of(w, w + "s");
        }
        String stem = w.substring(0, w.length() - 1);
        if (w.endsWith("co") || w.endsWith("go") || w.endsWith("ca") || w.endsWith("ga") || w.endsWith("io")) {
            throw row.fail("'" + form + "': write the four forms of this demonym out, * only covers regular ones");
        }
        if (w.endsWith("o")) {
            return List.of(w, stem + "a", stem + "i", stem + "e");
        }
        if (w.endsWith("e")) {
            return List.of(w, stem + "i");
        }
        if (w.endsWith("a")) {
            return List.of(w, stem + "i", stem + "e");
        }
        throw row.fail("'" + form + "': * works on Italian demonyms ending in -o, -e or -a");
    }

    // ---------------------------------------------------------------- people

    private Map<String, Person> loadPeople(Map<String, String> files, List<DictionaryEntry> all) {
        record Draft(String id, String name, String country, List<String> names, List<Term> terms) {}
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.read(PEOPLE, files.get(PEOPLE), 10)) {
            String id = row.col(0);
            if (!id.matches("[a-z0-9_]+")) {
                throw row.fail("id must be lower-case letters, digits and _, was '" + id + "'");
            }
            Draft d = drafts.get(id);
            if (d == null) {
                if (row.col(1).isEmpty()) {
                    throw row.fail("the first line of '" + id + "' must give the name");
                }
                String country = row.col(3).isEmpty() ? null : knownCountry(row, row.col(3)).iso3();
                d = new Draft(id, row.col(1), country, new ArrayList<>(), new ArrayList<>());
                d.names.add(row.col(1));
                drafts.put(id, d);
            } else if (!row.col(1).isEmpty() && !row.col(1).equals(d.name)) {
                throw row.fail("'" + id + "' was named '" + d.name + "' on an earlier line");
            }
            for (String v : Tsv.list(row.col(2))) {
                if (!d.names.contains(v)) {
                    d.names.add(v);
                }
            }
            if (row.col(4).isEmpty()) {
                if (!row.col(6).isEmpty() || !row.col(7).isEmpty() || !row.col(8).isEmpty()) {
                    throw row.fail("a term needs an office");
                }
                continue; // a line with names only
            }
            d.terms.add(term(row, d.country));
        }
        Map<String, Person> out = new LinkedHashMap<>();
        for (Draft d : drafts.values()) {
            List<Term> terms = new ArrayList<>(d.terms);
            terms.sort((a, b) -> a.from().compareTo(b.from()));
            Person p = new Person(d.id, d.name, d.country, d.names, terms);
            out.put(p.id(), p);
        }
        for (Tsv.Row row : Tsv.read(PEOPLE, files.get(PEOPLE), 10)) {
            Person p = out.get(row.col(0));
            for (String n : row.col(1).isEmpty() ? Tsv.list(row.col(2))
                    : concat(List.of(row.col(1)), Tsv.list(row.col(2)))) {
                all.add(entry(row, n, DictionaryEntry.Kind.PERSON, null, null, null, null, p, null, null));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private Term term(Tsv.Row row, String personCountry) {
        Office office = Office.parse(row.col(4));
        if (office == null || office == Office.LEADER) {
            throw row.fail("unknown office '" + row.col(4) + "' (known: " + offices() + ")");
        }
        LocalDate from = date(row, row.col(6), "from");
        if (from == null) {
            throw row.fail("a term needs a start date (column from)");
        }
        LocalDate to = date(row, row.col(7), "to");
        if (to != null && to.isBefore(from)) {
            throw row.fail("the term ends (" + to + ") before it starts (" + from + ")");
        }
        String code = row.col(8);
        if (code.isEmpty()) {
            if (office.role() == null) {
                throw row.fail("office " + row.col(4) + " needs an explicit CAMEO code");
            }
            if (personCountry == null) {
                throw row.fail("no country to build the code from: give the person a country or the term a code");
            }
            code = country(personCountry).cameo() + office.role().name();
        }
        checkCode(row, code);
        Country c = countryOfCode(code);
        return new Term(office, row.col(5).isEmpty() ? row.col(4) : row.col(5), from, to, code,
                c == null ? null : c.iso3(), row.col(9));
    }

    private static String offices() {
        List<String> names = new ArrayList<>();
        for (Office o : Office.values()) {
            if (o != Office.LEADER) {
                names.add(o.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", names);
    }

    private static LocalDate date(Tsv.Row row, String s, String column) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw row.fail("bad date '" + s + "' in column " + column + " (write YYYY-MM-DD)");
        }
    }

    // ---------------------------------------------------------------- organisations

    private Map<String, Organisation> loadOrganisations(Map<String, String> files, List<DictionaryEntry> all) {
        Map<String, Organisation> out = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.read(ORGANISATIONS, files.get(ORGANISATIONS), 6)) {
            String id = row.col(0);
            if (!id.matches("[a-z0-9_]+")) {
                throw row.fail("id must be lower-case letters, digits and _, was '" + id + "'");
            }
            List<String> names = Tsv.list(row.col(1));
            if (names.isEmpty()) {
                throw row.fail("no name");
            }
            if (!ORG_KINDS.contains(row.col(2))) {
                throw row.fail("unknown kind '" + row.col(2) + "' (known: " + ORG_KINDS + ")");
            }
            String country = row.col(3).isEmpty() ? null : knownCountry(row, row.col(3)).iso3();
            String code = row.col(4);
            if (code.isEmpty()) {
                throw row.fail("no CAMEO code");
            }
            checkCode(row, code);
            Organisation org = new Organisation(id, names.get(0), names, code, country, row.col(2));
            if (out.put(id, org) != null) {
                throw row.fail("duplicate id '" + id + "'");
            }
            for (String n : names) {
                all.add(entry(row, n, DictionaryEntry.Kind.ORGANISATION, null, null, null, null, null, org, null));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    // ---------------------------------------------------------------- agents and references

    private void loadAgents(Map<String, String> files, String lang, List<DictionaryEntry> all) {
        String file = "agents." + lang + ".tsv";
        for (Tsv.Row row : Tsv.read(file, files.get(file), 4)) {
            CameoRole role = knownRole(row, row.col(1));
            Office office = null;
            if (!row.col(2).isEmpty()) {
                office = Office.parse(row.col(2));
                if (office == null) {
                    throw row.fail("unknown office '" + row.col(2) + "' (known: " + offices() + ", leader)");
                }
            }
            for (String w : Tsv.list(row.col(0))) {
                all.add(entry(row, w, DictionaryEntry.Kind.AGENT, lang, null, role, office, null, null, null));
            }
        }
    }

    private void loadReferences(Map<String, String> files, List<DictionaryEntry> all) {
        for (Tsv.Row row : Tsv.read(REFERENCES, files.get(REFERENCES), 3)) {
            String lang = row.col(0);
            if (!LANGUAGES.contains(lang)) {
                throw row.fail("unknown language '" + lang + "' (known: " + LANGUAGES + ")");
            }
            DictionaryEntry.RefKind kind;
            try {
                kind = DictionaryEntry.RefKind.valueOf(row.col(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.fail("unknown reference kind '" + row.col(2) + "' (known: two_leaders, two_countries)");
            }
            for (String w : Tsv.list(row.col(1))) {
                all.add(entry(row, w, DictionaryEntry.Kind.REFERENCE, lang, null, null, null, null, null, kind));
            }
        }
    }

    // ---------------------------------------------------------------- checks

    private static DictionaryEntry entry(Tsv.Row row, String surface, DictionaryEntry.Kind kind, String lang,
            Country c, CameoRole role, Office office, Person p, Organisation org, DictionaryEntry.RefKind ref) {
        String key = TextNormalizer.key(surface);
        if (key.isEmpty()) {
            throw row.fail("'" + surface + "' has no letters or digits");
        }
        return new DictionaryEntry(key, surface, kind, lang, c, role, office, p, org, ref);
    }

    private Country knownCountry(Tsv.Row row, String iso) {
        Country c = countries.get(iso);
        if (c == null) {
            throw row.fail("unknown country code '" + iso + "' (not in " + COUNTRIES + ")");
        }
        return c;
    }

    private static CameoRole knownRole(Tsv.Row row, String code) {
        CameoRole role = CameoRole.parse(code);
        if (role == null) {
            throw row.fail("unknown CAMEO role '" + code + "' (known: " + List.of(CameoRole.values()) + ")");
        }
        return role;
    }

    /** A CAMEO actor code: a country or IGO/NGO prefix, then roles (or an organisation's letters). */
    private void checkCode(Tsv.Row row, String code) {
        if (!code.matches("([A-Z]{3})+")) {
            throw row.fail("CAMEO code '" + code + "' must be groups of three capital letters");
        }
        String head = code.substring(0, 3);
        if (NON_STATE_PREFIXES.contains(head)) {
            return;
        }
        if (!countriesByCameo().containsKey(head)) {
            throw row.fail("CAMEO code '" + code + "' does not start with a known country or IGO/NGO/MNC");
        }
        for (int i = 3; i < code.length(); i += 3) {
            if (CameoRole.parse(code.substring(i, i + 3)) == null) {
                throw row.fail("CAMEO code '" + code + "': unknown role '" + code.substring(i, i + 3) + "'");
            }
        }
    }

    private Map<String, Country> countriesByCameo() {
        if (countriesByCameo != null) {
            return countriesByCameo;
        }
        Map<String, Country> m = new HashMap<>();
        countries.values().forEach(c -> m.put(c.cameo(), c));
        return m;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
