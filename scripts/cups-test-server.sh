#!/usr/bin/env bash
# A private CUPS server on loopback for the printing tests and for trying slips by hand.
# No systemd, dbus or avahi; every path lives under one folder (design §6).
#
#   scripts/cups-test-server.sh start [DIR]   starts it (or finds it running) and prints the port
#   scripts/cups-test-server.sh stop [DIR]    stops what start started in DIR
#
# DIR defaults to ${TMPDIR:-/tmp}/myna-booth-cups. Queues, at ipp://127.0.0.1:<port>/printers/<name>:
#   slip-pdf      PDF in, written to DIR/out/slip.pdf (a PPD whose only filter is pdftopdf)
#   slip-raw      bytes as they are, to a listener that appends them to DIR/out/raw.bin
#   slip-offline  a socket printer at a closed port: jobs never finish
# Needs cupsd (Debian: cups) and python3 (the byte-capturing listener). Idempotent.
set -euo pipefail

cmd="${1:-}"
dir="${2:-${TMPDIR:-/tmp}/myna-booth-cups}"

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

stop() {
  for name in cupsd listener; do
    if alive "$dir/$name.pid"; then
      pid="$(cat "$dir/$name.pid")"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/$name.pid"
  done
}

case "$cmd" in
  stop)
    stop
    exit 0
    ;;
  start) ;;
  *)
    echo "usage: $0 start|stop [DIR]" >&2
    exit 2
    ;;
esac

command -v cupsd >/dev/null || { echo "cups-test-server: cupsd not found (apt-get install cups)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "cups-test-server: python3 not found" >&2; exit 1; }

if alive "$dir/cupsd.pid" && alive "$dir/listener.pid" && [ -f "$dir/port" ]; then
  cat "$dir/port"
  exit 0
fi
stop

mkdir -p "$dir"/{conf/ppd,spool,tmp,state,cache,log,out}
# Filters and backends run as the lp user: it must reach the output folder.
chmod 755 "$dir" "$dir/conf" "$dir/conf/ppd"
chmod 1777 "$dir/tmp" "$dir/out"
chmod 710 "$dir/spool"
rm -f "$dir"/out/*

port="$(free_port)"
raw_port="$(free_port)"
closed_port="$(free_port)"

# The byte-capturing listener behind the raw queue: every connection is appended to raw.bin.
cat >"$dir/listener.py" <<'EOF'
import socket, sys
port, out = int(sys.argv[1]), sys.argv[2]
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", port))
srv.listen(8)
while True:
    conn, _ = srv.accept()
    with conn, open(out, "ab") as f:
        while True:
            data = conn.recv(65536)
            if not data:
                break
            f.write(data)
            f.flush()
EOF
python3 "$dir/listener.py" "$raw_port" "$dir/out/raw.bin" >"$dir/log/listener.log" 2>&1 &
echo $! >"$dir/listener.pid"

cat >"$dir/conf/cupsd.conf" <<EOF
Listen 127.0.0.1:$port
ServerName 127.0.0.1
Browsing No
BrowseLocalProtocols none
WebInterface No
DefaultAuthType None
LogLevel info
MaxJobs 100
PreserveJobHistory Yes
<Location />
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow from 127.0.0.1
  </Limit>
</Policy>
EOF

cat >"$dir/conf/cups-files.conf" <<EOF
ServerRoot $dir/conf
RequestRoot $dir/spool
TempDir $dir/tmp
StateDir $dir/state
CacheDir $dir/cache
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
FileDevice Yes
EOF

# A PDF-only queue: pdftopdf is its one filter, so the file holds the PDF as printed.
cat >"$dir/conf/ppd/slip-pdf.ppd" <<'EOF'
*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "SLIPPDF.PPD"
*Manufacturer: "Myna Booth"
*Product: "(Slip PDF)"
*ModelName: "Myna Booth slip PDF"
*ShortNickName: "Myna Booth slip PDF"
*NickName: "Myna Booth slip PDF"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: False
*DefaultColorSpace: Gray
*FileSystem: False
*Throughput: "1"
*TTRasterizer: Type42
*cupsVersion: 2.4
*cupsFilter: "application/vnd.cups-pdf 0 -"
*OpenUI *PageSize: PickOne
*DefaultPageSize: Slip80
*PageSize Slip80/80 mm slip: "<</PageSize[227 1400]>>setpagedevice"
*CloseUI: *PageSize
*DefaultImageableArea: Slip80
*ImageableArea Slip80: "0 0 227 1400"
*DefaultPaperDimension: Slip80
*PaperDimension Slip80: "227 1400"
EOF

cat >"$dir/conf/printers.conf" <<EOF
<Printer slip-pdf>
Info Slip PDF to a file
DeviceURI file://$dir/out/slip.pdf
State Idle
Accepting Yes
Shared No
ErrorPolicy abort-job
</Printer>
<Printer slip-raw>
Info Raw ESC/POS to a capturing listener
DeviceURI socket://127.0.0.1:$raw_port
State Idle
Accepting Yes
Shared No
ErrorPolicy abort-job
</Printer>
<Printer slip-offline>
Info A printer that is switched off
DeviceURI socket://127.0.0.1:$closed_port
State Idle
Accepting Yes
Shared No
ErrorPolicy retry-current-job
</Printer>
EOF
cp "$dir/conf/ppd/slip-pdf.ppd" "$dir/conf/ppd/slip-pdf.ppd.orig"
chmod 644 "$dir"/conf/*.conf "$dir"/conf/ppd/*

cupsd -f -c "$dir/conf/cupsd.conf" -s "$dir/conf/cups-files.conf" >"$dir/log/cupsd.out" 2>&1 &
echo $! >"$dir/cupsd.pid"

# Ready when the scheduler answers on its port (cupsd starts in ~0.1 s).
for _ in $(seq 1 100); do
  if python3 -c "import socket,sys; s=socket.create_connection(('127.0.0.1',$port),0.2); s.close()" 2>/dev/null; then
    echo "$port" >"$dir/port"
    echo "$port"
    exit 0
  fi
  if ! alive "$dir/cupsd.pid"; then break; fi
  sleep 0.1
done
echo "cups-test-server: cupsd did not start; see $dir/log" >&2
tail -n 20 "$dir/log/error_log" "$dir/log/cupsd.out" >&2 2>/dev/null || true
stop
exit 1
