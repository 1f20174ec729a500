package cn.zfgs.content.editorial;

import java.time.Instant;

/** Everything a caller can observe of a revision, to assert that a refused action changed nothing. */
record RevisionSnapshot(RevisionStatus status, String payload, boolean major, String changeNote, Long submittedBy,
        Long approvedBy, Instant approvedAt, Instant scheduledFor, Integer publishedVersion) {

    static RevisionSnapshot of(Revision r) {
        return new RevisionSnapshot(r.status(), r.payload(), r.major(), r.changeNote(), r.submittedBy(),
                r.approvedBy(), r.approvedAt(), r.scheduledFor(), r.publishedVersion());
    }
}
