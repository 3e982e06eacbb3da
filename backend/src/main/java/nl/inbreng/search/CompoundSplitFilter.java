package nl.inbreng.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/** Adds the parts of a compound (see {@link CompoundSplitter}) at the compound's own position, with their offsets. */
final class CompoundSplitFilter extends CompoundWordTokenFilterBase {

    private final CompoundSplitter splitter;

    CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
        // The base class wants a dictionary; the splitter keeps its own.
        super(input, CharArraySet.EMPTY_SET, CompoundSplitter.MIN_WORD, CompoundSplitter.MIN_PART, 40, false);
        this.splitter = splitter;
    }

    @Override
    protected void decompose() {
        for (int[] part : splitter.split(termAtt)) {
            tokens.add(new CompoundToken(part[0], part[1] - part[0]));
        }
    }
}
