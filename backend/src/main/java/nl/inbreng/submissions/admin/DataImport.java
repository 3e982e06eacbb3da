package nl.inbreng.submissions.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** One upload of a spreadsheet: who, when, and how many rows became inputs or were refused. */
@MappedEntity("data_import")
record DataImport(@Id @GeneratedValue @Nullable Long id, @Nullable String fileName, @Nullable Long createdBy,
                  LocalDateTime createdAt, int importedCount, int rejectedCount) {

    DataImport withCounts(int imported, int rejected) {
        return new DataImport(id, fileName, createdBy, createdAt, imported, rejected);
    }
}
