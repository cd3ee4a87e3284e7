package pdf
import ("os";"path/filepath";"strconv";"strings";"testing";"time")
func TestTry(t *testing.T){
	files, _ := filepath.Glob("/tmp/fz/*")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		ls := strings.Split(string(b), "\n")
		var text string; var shape []byte
		for _, l := range ls[1:] {
			if strings.HasPrefix(l, "string(") { s,_ := strconv.Unquote(l[7:len(l)-1]); text = s }
			if strings.HasPrefix(l, "[]byte(") { s,_ := strconv.Unquote(l[7:len(l)-1]); shape = []byte(s) }
		}
		st := time.Now()
		d := fuzzDocument(text, shape)
		lo, _ := layoutDocument(d)
		el := time.Since(st)
		if el > 50*time.Millisecond { t.Log(filepath.Base(f), el, len(lo.pages), len(text), len(shape)) }
	}
}
