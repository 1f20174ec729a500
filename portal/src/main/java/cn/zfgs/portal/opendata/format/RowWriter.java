package cn.zfgs.portal.opendata.format;

import cn.zfgs.portal.opendata.DatasetRow;

import java.io.IOException;

/** Writes the rows of one dataset in one format, as they arrive: it holds at most one row at a time. */
public interface RowWriter {

    void write(DatasetRow row) throws IOException;

    /** Writes what closes the document and flushes; does not close the underlying stream. */
    void finish() throws IOException;
}
