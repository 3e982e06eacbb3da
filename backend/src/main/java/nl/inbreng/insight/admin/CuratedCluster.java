package nl.inbreng.insight.admin;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A stored cluster after curation: what the screen needs to redraw it. */
@Serdeable
record CuratedCluster(long id, String label, boolean pinned, int size, List<Long> memberIds) {
}
