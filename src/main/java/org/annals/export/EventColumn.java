package org.annals.export;

import java.util.Locale;
import java.util.function.Function;
import org.annals.model.Actor;
import org.annals.model.Event;
import org.annals.model.Location;
import org.annals.store.StoredEvent;

/**
 * The columns of an event as a flat table, shared by the CSV and Parquet exports so that both have the
 * same columns in the same order. Each column has a SQL type (the Parquet column's) and yields a Java
 * value of that type, or null when unknown: Long for BIGINT, Integer for INTEGER, Double for DOUBLE,
 * Boolean for BOOLEAN, LocalDate for DATE, String for VARCHAR.
 */
public enum EventColumn {
    ID(Type.BIGINT, StoredEvent::id),
    DATE(Type.DATE, StoredEvent::date),
    SOURCE_CODE(Type.VARCHAR, s -> s.event().source().code()),
    SOURCE_NAME(Type.VARCHAR, s -> s.event().source().name()),
    SOURCE_COUNTRY(Type.VARCHAR, s -> s.event().source().country()),
    TARGET_CODE(Type.VARCHAR, s -> actor(s.event().target(), Actor::code)),
    TARGET_NAME(Type.VARCHAR, s -> actor(s.event().target(), Actor::name)),
    TARGET_COUNTRY(Type.VARCHAR, s -> actor(s.event().target(), Actor::country)),
    CAMEO(Type.VARCHAR, s -> s.event().cameo()),
    PLOVER(Type.VARCHAR, s -> s.event().plover()),
    GOLDSTEIN(Type.DOUBLE, s -> s.event().goldstein()),
    QUAD_CLASS(Type.INTEGER, s -> s.event().quadClass()),
    STATUS(Type.VARCHAR, s -> s.event().status().label()),
    MENTIONS(Type.INTEGER, s -> s.event().mentions()),
    ROOT_EVENT(Type.BOOLEAN, StoredEvent::rootEvent),
    CODED_DATE(Type.VARCHAR, s -> s.event().date()),
    DATE_SOURCE(Type.VARCHAR, s -> s.event().dateSource()),
    LOCATION_NAME(Type.VARCHAR, s -> location(s.event(), Location::name)),
    LOCATION_COUNTRY(Type.VARCHAR, s -> location(s.event(), Location::country)),
    ATTRIBUTION_CODE(Type.VARCHAR, s -> actor(s.event().attribution(), Actor::code)),
    ATTRIBUTION_NAME(Type.VARCHAR, s -> actor(s.event().attribution(), Actor::name)),
    ATTRIBUTION_COUNTRY(Type.VARCHAR, s -> actor(s.event().attribution(), Actor::country)),
    SENTENCE(Type.VARCHAR, s -> s.event().sentence()),
    EVIDENCE(Type.VARCHAR, s -> s.event().evidence()),
    PATTERN(Type.VARCHAR, s -> s.event().pattern()),
    ARTICLE_ID(Type.VARCHAR, StoredEvent::articleId),
    URL(Type.VARCHAR, StoredEvent::url),
    SITE(Type.VARCHAR, StoredEvent::site),
    LANGUAGE(Type.VARCHAR, StoredEvent::language),
    PUBLISHED(Type.DATE, StoredEvent::published),
    ADDED(Type.DATE, StoredEvent::added);

    /** The SQL type of a column, as DuckDB and Parquet readers name it. */
    public enum Type { BIGINT, INTEGER, DOUBLE, BOOLEAN, DATE, VARCHAR }

    private final Type type;
    private final Function<StoredEvent, Object> value;

    EventColumn(Type type, Function<StoredEvent, Object> value) {
        this.type = type;
        this.value = value;
    }

    /** The column name: lower case with underscores ("quad_class"). */
    public String columnName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Type type() {
        return type;
    }

    /** The column's value for an event, of the Java class its type stands for, or null when unknown. */
    public Object value(StoredEvent event) {
        return value.apply(event);
    }

    private static Object actor(Actor actor, Function<Actor, String> field) {
        return actor == null ? null : field.apply(actor);
    }

    private static Object location(Event event, Function<Location, String> field) {
        return event.location() == null ? null : field.apply(event.location());
    }
}
