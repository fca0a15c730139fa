package org.annals.extract;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.model.Timestamp;

/**
 * Infers the time zone a publisher prints local times in, and turns such a local time into a
 * {@link Timestamp} with the offset right for that date (daylight saving included).
 *
 * <p>News pages print "11:50" meaning the newsroom's clock. The zone is inferred, in this order, from
 * the country domain of the URL, a domain-like publisher name ("TheSocialPost.it"), and the language
 * (with its region when given: "en-GB"). Italian alone implies Europe/Rome; English alone implies
 * nothing, since it is printed in too many zones. When nothing decides, the zone is unknown and the
 * timestamp keeps no offset rather than a guessed one.
 *
 * <p>Stateless and thread-safe; all arguments may be null.
 */
public final class PublisherZones {
    private PublisherZones() {}

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Map<String, ZoneId> COUNTRY_DOMAINS = Map.ofEntries(
            Map.entry("it", ROME), Map.entry("sm", ROME), Map.entry("va", ROME),
            Map.entry("uk", LONDON), Map.entry("ie", ZoneId.of("Europe/Dublin")),
            Map.entry("ch", ZoneId.of("Europe/Zurich")), Map.entry("fr", ZoneId.of("Europe/Paris")),
            Map.entry("de", ZoneId.of("Europe/Berlin")), Map.entry("es", ZoneId.of("Europe/Madrid")),
            Map.entry("at", ZoneId.of("Europe/Vienna")), Map.entry("nl", ZoneId.of("Europe/Amsterdam")),
            Map.entry("be", ZoneId.of("Europe/Brussels")));

    private static final Map<String, ZoneId> LANGUAGE_REGIONS = Map.of(
            "it", ROME, "it-it", ROME, "it-ch", ZoneId.of("Europe/Zurich"),
            "en-gb", LONDON, "en-ie", ZoneId.of("Europe/Dublin"));

    private static final Pattern DOMAIN = Pattern.compile("(?:^|[\\s/@.])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.([a-z]{2,3})$");

    /**
     * The zone of a publisher, if any clue decides it.
     *
     * @param url       the article's address
     * @param publisher the publisher's name, often a domain ("TheSocialPost.it")
     * @param language  a language tag ("it", "en-GB"), or a language the page's wording shows
     */
    public static Optional<ZoneId> infer(String url, String publisher, String language) {
        Optional<ZoneId> zone = fromHost(host(url));
        if (zone.isEmpty() && publisher != null) {
            zone = fromHost(publisher.strip().toLowerCase(Locale.ROOT));
        }
        if (zone.isEmpty() && language != null) {
            zone = Optional.ofNullable(LANGUAGE_REGIONS.get(language.strip().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        return zone;
    }

    /**
     * A timestamp for a printed date and time: with the zone's offset on that date when the zone is
     * known and a time is given, else as printed.
     */
    public static Timestamp localize(LocalDate date, LocalTime time, ZoneId zone) {
        if (time == null) {
            return Timestamp.of(date);
        }
        if (zone == null) {
            return new Timestamp(date, time, null);
        }
        ZoneOffset offset = ZonedDateTime.of(date, time, zone).getOffset();
        return new Timestamp(date, time, offset);
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<ZoneId> fromHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        Matcher m = DOMAIN.matcher(host);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.ofNullable(COUNTRY_DOMAINS.get(m.group(1)));
    }
}
