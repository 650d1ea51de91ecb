using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Strand.Syntax.Ast;
using Strand.Syntax.Scanning;
using Strand.Syntax.Text;
using Strand.Syntax.Tokens;

namespace Strand.Syntax.Parsing;

/// <summary>
/// Recursive-descent parser for one Go file, a production-by-production port of go/parser so that
/// trees, positions and error messages agree with it. This part holds the token, comment, error and
/// recovery machinery; the grammar lives in the other parts.
/// </summary>
internal sealed partial class Parser
{
    public const int MaxNestLev = 100_000;

    /// <summary>Nesting depth from which the remaining stack is checked (cheap enough, rarely reached).</summary>
    private const int StackCheckDepth = 256;

    private readonly Scanner _scanner;
    private readonly ErrorList _errors;
    private readonly LineTable _lines;
    private readonly int _size;

    private readonly ImmutableArray<CommentGroup>.Builder _comments = ImmutableArray.CreateBuilder<CommentGroup>();
    private readonly Scratch<Comment> _commentScratch;
    private readonly Scratch<Expr> _exprs;
    private readonly Scratch<Stmt> _stmts;
    private readonly Scratch<Ident> _idents;
    private readonly Scratch<Field> _fields;
    private readonly Scratch<Spec> _specs;
    private readonly List<ImportSpec> _imports = [];

    private CommentGroup? _leadComment;
    private CommentGroup? _lineComment;

    // Current token.
    private int _pos = Node.NoPos; // NoPos before the first token, on "line 0" as in go/parser
    private Token _tok;
    private string? _lit;
    private int _litEnd;

    // Error recovery (see Advance).
    private int _syncPos = -1;
    private int _syncCnt;

    private int _exprLev; // < 0: in control clause, >= 0: in expression
    private bool _inRhs;
    private int _nestLev;
    private int _uncountedDepth; // recursion go/parser does not count (literal values), guarded for the stack only
    private LineCursor _lineCursor; // comment grouping asks for the lines of nearby offsets

    public Parser(byte[] src, int length, ErrorList errors, LineTable lines, NameTable names, ScratchSet scratch)
    {
        _commentScratch = scratch.Comments;
        _exprs = scratch.Exprs;
        _stmts = scratch.Stmts;
        _idents = scratch.Idents;
        _fields = scratch.Fields;
        _specs = scratch.Specs;
        _size = length;
        _src = src;
        _errors = errors;
        _lines = lines;
        _lineCursor = new LineCursor(lines);
        _scanner = new Scanner(src, length, errors, names);
        Next();
    }

    /// <summary>Thrown when the nesting limit is exceeded: parsing stops, as go/parser's bailout.</summary>
    internal sealed class BailoutException : Exception;

    /// <summary>Thrown when the current thread's stack runs low; the caller retries on a bigger stack.</summary>
    internal sealed class StackExhaustedException : Exception;

    /// <summary>When set, running out of stack is reported as too deep nesting instead of a retry.</summary>
    public bool OnLargeStack { get; init; }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private void IncNestLev()
    {
        _nestLev++;
        if (_nestLev > StackCheckDepth)
        {
            CheckNesting();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckNesting()
    {
        if (_nestLev > MaxNestLev)
        {
            Error(_pos, "exceeded max nesting depth");
            throw new BailoutException();
        }
        if ((_nestLev & 15) == 0)
        {
            CheckStack();
        }
    }

    /// <summary>Asks for a bigger stack (or, on the big one, stops with a nesting error) when the stack runs low.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckStack()
    {
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return;
        }
        if (!OnLargeStack)
        {
            throw new StackExhaustedException();
        }
        Error(_pos, "exceeded max nesting depth");
        throw new BailoutException();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Line(int offset) =>
        offset == Node.NoPos ? 0 : _errors.Directives.IsEmpty ? _lineCursor.Line(offset) : _errors.Directives.Line(offset);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Next0()
    {
        _tok = _scanner.Scan();
        _pos = _scanner.Pos;
        _lit = _scanner.Lit;
        _litEnd = _scanner.LitEnd;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Comment ConsumeComment(out int endline)
    {
        endline = Line(_pos);
        var lit = _lit!;
        if (lit.Length > 1 && lit[1] == '*')
        {
            foreach (var c in lit)
            {
                if (c == '\n')
                {
                    endline++;
                }
            }
        }
        var comment = new Comment(_pos, _litEnd, lit);
        Next0();
        return comment;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CommentGroup ConsumeCommentGroup(int n, out int endline)
    {
        var mark = _commentScratch.Mark;
        endline = Line(_pos);
        while (_tok == Token.Comment && Line(_pos) <= endline + n)
        {
            _commentScratch.Push(ConsumeComment(out endline));
        }
        var group = new CommentGroup(_commentScratch.Pop(mark));
        _comments.Add(group);
        return group;
    }

    /// <summary>Advances to the next non-comment token; behind a recovery fence it stays on the virtual EOF.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Next()
    {
        if (_fenced)
        {
            return;
        }
        NextToken();
        if (_inTopDecl)
        {
            WatchFence();
        }
    }

    /// <summary>Advances to the next non-comment token, collecting comment groups and lead/line comments.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NextToken()
    {
        _leadComment = null;
        _lineComment = null;
        var prev = _pos;
        Next0();
        if (_tok != Token.Comment)
        {
            return;
        }
        CommentGroup? comment = null;
        int endline;
        if (Line(_pos) == Line(prev))
        {
            // On the same line as the previous token: not a lead comment, maybe a line comment.
            comment = ConsumeCommentGroup(0, out endline);
            if (Line(_pos) != endline || _tok == Token.EOF)
            {
                _lineComment = comment;
            }
        }
        endline = -1;
        while (_tok == Token.Comment)
        {
            comment = ConsumeCommentGroup(1, out endline);
        }
        if (endline + 1 == Line(_pos))
        {
            _leadComment = comment;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Error(int pos, string msg) => _errors.AddParserError(pos, msg);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ErrorExpected(int pos, string msg)
    {
        msg = "expected " + msg;
        if (pos == _pos)
        {
            if (_fenced)
            {
                msg += ", found '" + _fencedTok.Spelling() + "'"; // the declaration the fence stands for
            }
            else if (_tok == Token.Semicolon && _lit == "\n")
            {
                msg += ", found newline";
            }
            else if (_tok.IsLiteral())
            {
                msg += ", found " + _lit;
            }
            else
            {
                msg += ", found '" + _tok.Spelling() + "'";
            }
        }
        Error(pos, msg);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Expect(Token tok)
    {
        var pos = _pos;
        if (_tok != tok)
        {
            ErrorExpected(pos, "'" + tok.Spelling() + "'");
            if (KeepClosingBrace())
            {
                return pos;
            }
        }
        Next();
        return pos;
    }

    /// <summary>Like <see cref="Expect"/> but returns NoPos when the token is missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Expect2(Token tok)
    {
        var pos = Node.NoPos;
        if (_tok == tok)
        {
            pos = _pos;
        }
        else
        {
            ErrorExpected(_pos, "'" + tok.Spelling() + "'");
        }
        Next();
        return pos;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ExpectClosing(Token tok, string context)
    {
        if (_tok != tok && _tok == Token.Semicolon && _lit == "\n")
        {
            Error(_pos, "missing ',' before newline in " + context);
            Next();
        }
        return Expect(tok);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ExpectSemi()
    {
        if (_tok == Token.RParen || _tok == Token.RBrace)
        {
            return; // a semicolon may be omitted before a closing ")" or "}"
        }
        switch (_tok)
        {
            case Token.Comma:
                ErrorExpected(_pos, "';'");
                Next();
                break;
            case Token.Semicolon:
                Next();
                break;
            default:
                ErrorExpected(_pos, "';'");
                Advance(StmtStart);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool AtComma(string context, Token follow)
    {
        if (_tok == Token.Comma)
        {
            return true;
        }
        if (_tok != follow)
        {
            var msg = "missing ','";
            if (_tok == Token.Semicolon && _lit == "\n")
            {
                msg += " before newline";
            }
            Error(_pos, msg + " in " + context);
            return true; // "insert" the comma and continue
        }
        return false;
    }

    /// <summary>Skips tokens until one in <paramref name="to"/> (or EOF), with go/parser's progress guard.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Advance(bool[] to)
    {
        var lineStarts = to == StmtStart && _inTopDecl;
        for (; _tok != Token.EOF; Next())
        {
            if (to[(int)_tok] || (lineStarts && StartsStatementLine()))
            {
                if (_pos == _syncPos && _syncCnt < 10)
                {
                    _syncCnt++;
                    return;
                }
                if (_pos > _syncPos)
                {
                    _syncPos = _pos;
                    _syncCnt = 0;
                    return;
                }
            }
        }
    }

    private static readonly bool[] StmtStart = TokenSet(
        Token.Break, Token.Const, Token.Continue, Token.Defer, Token.Fallthrough, Token.For, Token.Go,
        Token.Goto, Token.If, Token.Return, Token.Select, Token.Switch, Token.Type, Token.Var);

    private static readonly bool[] DeclStart = TokenSet(Token.Const, Token.Type, Token.Var);

    private static readonly bool[] ExprEnd = TokenSet(
        Token.Comma, Token.Colon, Token.Semicolon, Token.RParen, Token.RBrack, Token.RBrace);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool[] TokenSet(params Token[] tokens)
    {
        var set = new bool[(int)Token.Var + 1];
        foreach (var t in tokens)
        {
            set[(int)t] = true;
        }
        return set;
    }

    /// <summary>Clamps an artificial end position (token + 1) into the file, as go/parser's safePos.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SafePos(int pos) => pos > _size ? _size : pos;
}
