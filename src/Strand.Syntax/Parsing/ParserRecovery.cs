using System.Runtime.CompilerServices;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Parsing;

/// <summary>
/// Recovery beyond go/parser's: once a top-level declaration has reported an error, a declaration
/// keyword (func, type, var, const, import) at the start of a line is taken as the start of the next
/// declaration. The parser then sees a "fence", a virtual end of file, so every open construct closes
/// the way it does on a truncated file; the file loop lifts the fence and goes on with the real token.
/// Inside a body, skipping after an error also stops at a name or "}" that starts a line, and a "}"
/// that starts a line is not swallowed by a failed Expect. Nothing changes before an error is
/// reported, so valid trees and first errors stay as go/parser's; later errors may differ.
/// </summary>
internal sealed partial class Parser
{
    private readonly byte[] _src;

    private bool _inTopDecl;        // parsing a top-level declaration (the fence is only watched there)
    private int _declErrorMark;     // error count when that declaration started
    private bool _fenced;           // _tok is a virtual EOF standing for _fencedTok
    private Token _fencedTok;
    private int _keptBracePos = -1; // the last "}" that Expect declined to consume

    /// <summary>Called by the file loop before each top-level declaration.</summary>
    private void BeginTopDecl()
    {
        _inTopDecl = true;
        _declErrorMark = _errors.Count;
    }

    /// <summary>Called by the file loop after each top-level declaration: the real token comes back.</summary>
    private void EndTopDecl()
    {
        _inTopDecl = false;
        if (_fenced)
        {
            _fenced = false;
            _tok = _fencedTok;
        }
    }

    /// <summary>After a new token: raises the fence when it starts a declaration on a fresh line after an error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WatchFence()
    {
        if (_inTopDecl && _errors.Count > _declErrorMark && IsDeclKeyword(_tok) && AtLineStart(_pos))
        {
            RaiseFence();
        }
    }

    private void RaiseFence()
    {
        _fenced = true;
        _fencedTok = _tok;
        _tok = Token.EOF;
    }

    private static bool IsDeclKeyword(Token tok) =>
        tok is Token.Func or Token.Type or Token.Var or Token.Const or Token.Import;

    /// <summary>True when the token at <paramref name="pos"/> is the first byte of its line (column 1).</summary>
    private bool AtLineStart(int pos) => pos == 0 || (pos > 0 && pos <= _size && _src[pos - 1] == (byte)'\n');

    /// <summary>
    /// Beyond go/parser's keyword set: a name or a "}" that is the first token of its line most likely
    /// starts the next statement (x := ..., mu.Lock(), ch &lt;- v) or closes the block, so skipping
    /// after an error stops there instead of swallowing it. Advance only runs after an error, so
    /// valid files and first errors are unaffected.
    /// </summary>
    private bool StartsStatementLine() => (_tok is Token.Ident or Token.RBrace) && FirstOnLine(_pos);

    /// <summary>True when only spaces and tabs precede <paramref name="pos"/> on its line.</summary>
    private bool FirstOnLine(int pos)
    {
        if (pos <= 0 || pos > _size)
        {
            return pos == 0;
        }
        for (var at = pos - 1; at >= 0; at--)
        {
            var b = _src[at];
            if (b == (byte)'\n')
            {
                return true;
            }
            if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r')
            {
                return false;
            }
        }
        return true; // only blanks before it: the file's first line
    }

    /// <summary>
    /// When a missing token is expected where a "}" starts its line, that brace most likely closes the
    /// enclosing block: go/parser consumes it anyway, which drags the block's end down the file.
    /// Strand leaves it (once per position, so every loop still progresses) for the block to take.
    /// </summary>
    private bool KeepClosingBrace()
    {
        if (_tok != Token.RBrace || !_inTopDecl || _pos <= _keptBracePos || !FirstOnLine(_pos))
        {
            return false;
        }
        _keptBracePos = _pos;
        return true;
    }
}
