"""The CPU of the live-meeting server per move, by what a move does, from a flight recording
(docs/benchmarks.md, "Where the CPU of a move goes"). Reads the text of
`jfr print --stack-depth 400 --events jdk.CPUTimeSample` on standard input.
usage: python3 docs/live-meeting-profile.py FROM TO MOVES   (FROM/TO: UTC instants from the benchmark)"""
import sys, re, collections, datetime
def ts(s):
    m = re.match(r'(\d\d:\d\d:\d\d(?:\.\d+)?) \((\d{4}-\d\d-\d\d)\)', s.strip())
    if m: s = m.group(2) + 'T' + m.group(1)
    s = s.strip().rstrip('Z')
    if '.' in s:
        a, b = s.split('.'); s = a + '.' + (b + '000000')[:6]
    return datetime.datetime.fromisoformat(s)
lo, hi, moves = ts(sys.argv[1]), ts(sys.argv[2]), int(sys.argv[3])
def has(frames, rx): return any(re.search(rx, f) for f in frames)
def classify(thread, fr):
    if 'http-nio' in thread and '-exec-' in thread:
        if has(fr, r'CurrentItemService\.discuss'):
            for label, rx in [('audit row, own transaction', r'AuditEventRecorder'),
                              ('signed-in user (4 queries)', r'CurrentUserService\.require'),
                              ('meeting guard (read meeting)', r'MeetingGuard\.'),
                              ('commit + after-commit (room, relay hand-off)', r'TransactionManager\.(commit|processCommit)|TransactionAspectSupport\.commitTransactionAfterReturning'),
                              ('agenda item read', r'AgendaItemRepository|\$Proxy\d+\.findById|CrudRepository\.findById'),
                              ('saveAndFlush (update meeting)', r'saveAndFlush'),
                              ('tx begin, proxies, method security', r'.')]:
                if has(fr, rx): return 'A chair request: discuss: ' + label
        if has(fr, r'CurrentItem\.(moved|fill)'):
            return 'A chair request: redraw two cards' + (' (new notes editor)' if has(fr, r'SharedTextEditor\.<init>') else '')
        if has(fr, r'HeartbeatHandler'): return 'E background: page heartbeats'
        if has(fr, r'UidlRequestHandler|ServerRpcHandler'):
            if has(fr, r'UidlWriter|JsonCodec|JacksonUtils|writeUidl|createUidl'): return 'A chair request: Vaadin response (UIDL)'
            return 'A chair request: Vaadin RPC other'
        return 'A chair request: HTTP, Spring MVC, security filters (also heartbeats)'
    if 'meeting-delivery' in thread:
        if has(fr, r'SharedTextEditor\.<init>'): return 'B pages: redraw, new notes editor'
        if has(fr, r'CurrentItem\.(moved|fill)'): return 'B pages: redraw two cards, other'
        if has(fr, r'UidlWriter|PushConnection|AtmospherePushConnection'): return 'B pages: push (UIDL diff, websocket write)'
        if has(fr, r'runAs|MeetingView\.follow'): return 'B pages: follow other'
        return 'B pages: session lock, ui.access other'
    if 'Atmosphere' in thread or 'WebSocket' in thread: return 'B pages: Atmosphere threads'
    if 'mdo-meeting-relay' in thread:
        if has(fr, r'PostgresMeetingRelay\.send'): return 'C relay: NOTIFY sent'
        return 'E background: relay heartbeat/presence'
    if 'mdo-meeting-listener' in thread:
        if has(fr, r'PostgresMeetingRelay\.received'): return 'C relay: own NOTIFY heard (parsed, ignored)'
        return 'C relay: listener wait/poll'
    if 'Poller' in thread or 'Acceptor' in thread: return 'D tomcat poller'
    if 'JFR' in thread or 'Attach' in thread or has(fr, r'jdk\.jfr\.'): return 'F the profiler itself'
    return 'E background: other (' + re.sub(r'[-\d]+', '', thread.split('(')[0].strip('" ')) + ')'
cat = collections.Counter(); total = 0.0
frames = []; thread = ''; start = None; period = 1.0; inf = False
def flush():
    global total
    if start is None or start < lo or start > hi: return
    total += period; cat[classify(thread, frames)] += period
for line in sys.stdin:
    s = line.strip()
    if s.startswith('jdk.CPUTimeSample'):
        flush(); frames = []; thread = ''; start = None; period = 1.0; inf = False
    elif s.startswith('startTime ='): start = ts(s.split('=', 1)[1])
    elif s.startswith('samplingPeriod ='):
        v = s.split('=', 1)[1].split(); period = float(v[0]) * (1000.0 if v[1] == 's' else 1.0)
    elif s.startswith('stackTrace = ['): inf = True
    elif inf and s == ']': inf = False
    elif inf and s and s != '...': frames.append(s)
    elif s.startswith('eventThread ='): thread = s.split('=', 1)[1].strip()
flush()
print(f'sampled Java-thread CPU: {total:.0f} ms over {moves} moves = {total/moves:.1f} ms per move')
groups = collections.Counter()
for k, v in cat.items(): groups[k.split(':')[0]] += v
for k, v in sorted(cat.items()):
    print(f'{v/moves:6.2f} ms/move {100*v/total:5.1f}%  {k}')
print()
for k, v in sorted(groups.items()):
    print(f'{v/moves:6.2f} ms/move {100*v/total:5.1f}%  {k}')
