package dev.retort.vibes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * JournalEntryTagId is the composite key of {@link JournalEntryTag}: {@code (entry_id, tag_id)}, the
 * primary key {@code pk_journal_entry_tags}. Hibernate fills it from the two associations.
 *
 * <pre>{@code
 * session.find(JournalEntryTag.class, new JournalEntryTagId(entry.getId(), tag.getId()));
 * }</pre>
 */
@Embeddable
public class JournalEntryTagId implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "entry_id", nullable = false)
    private UUID entryId;

    @Column(name = "tag_id", nullable = false)
    private UUID tagId;

    protected JournalEntryTagId() {
        // for Hibernate
    }

    public JournalEntryTagId(UUID entryId, UUID tagId) {
        this.entryId = entryId;
        this.tagId = tagId;
    }

    public UUID getEntryId() {
        return entryId;
    }

    public UUID getTagId() {
        return tagId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JournalEntryTagId that
                && Objects.equals(entryId, that.entryId) && Objects.equals(tagId, that.tagId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entryId, tagId);
    }

    @Override
    public String toString() {
        return "(" + entryId + ", " + tagId + ")";
    }
}
