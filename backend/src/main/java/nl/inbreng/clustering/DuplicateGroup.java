package nl.inbreng.clustering;

import java.util.List;

/** Inputs that say (almost) the same thing, possibly through different channels. Counted, never hidden. */
public record DuplicateGroup(List<Long> memberIds) {
}
